#!/usr/bin/env python3
"""Writes the hand-made sample bank files in this folder.

The layouts follow Bankgirot's BgMax manual and Nets' OCR giro / AvtaleGiro system
specifications; every field is placed by position here so the samples are easy to audit.
Run from this folder: python3 make_samples.py
"""


def rec(*parts, width=80, pad=" "):
    line = "".join(parts)
    assert len(line) <= width, (line, len(line))
    return line + pad * (width - len(line))


def l(text, n):
    assert len(text) <= n, (text, n)
    return text + " " * (n - len(text))


def z(value, n):
    s = str(value).rjust(n, "0")
    assert len(s) == n, (value, n)
    return s


def bg20(tk, sender, ref, amount, refcode, channel, serial, image="0", extra=""):
    return rec(tk, z(sender, 10), l(ref, 25), z(amount, 18), refcode, channel, z(serial, 12), image, extra)


def bgmax_lines(trailer_payments=4, deposit1=130000, with_end=True):
    lines = [
        rec("01", l("BGMAX", 20), "01", "20040525173035010331", "P"),
        rec("05", z(9912346, 10), z(0, 10), "SEK"),
        bg20("20", 5050105, "655969", 100000, "2", "1", 1),
        bg20("22", 5050105, "12345674", 170000, "2", "1", 1),
        bg20("23", 5050105, "98765431", 70000, "2", "1", 1),
        rec("26", l("Åsa Öberg", 35), l("c/o Pålsson", 35)),
        rec("27", l("Storgatan 1", 35), l("41319", 9)),
        rec("28", l("Göteborg", 35), l("Sverige", 35), "SE"),
        rec("29", z(5560360793, 12)),
        bg20("20", 0, "Faktnr: 63600", 50000, "3", "3", 2, "1"),
        rec("25", l("KUNDNR 4325 FAKTURA 63890", 50)),
        bg20("21", 5050105, "555128", 20000, "2", "1", 3, "0", "0"),
        rec("15", l("00000000000000000123456789", 35), "20040525", z(1, 5), z(deposit1, 18), "SEK", z(2, 8), " "),
        rec("05", z(9912346, 10), z(0, 10), "EUR"),
        bg20("20", 1234566, "40000010", 400000, "2", "1", 4),
        rec("15", l("00000000000000000123456790", 35), "20040525", z(2, 5), z(400000, 18), "EUR", z(1, 8), " "),
        rec("05", z(9912346, 10), z(0, 10), "SEK"),
        bg20("20", 7654321, "86000007", 860000, "2", "2", 5),
        rec("15", l("00000000000000000123456789", 35), "20040526", z(3, 5), z(860000, 18), "SEK", z(1, 8), " "),
    ]
    if with_end:
        lines.append(rec("70", z(trailer_payments, 8), z(1, 8), z(2, 8), z(3, 8)))
    return lines


def write(name, lines, eol="\n", strip=False, encoding="latin-1"):
    if strip:
        lines = [x.rstrip(" ") for x in lines]
    with open(name, "wb") as f:
        f.write((eol.join(lines) + eol).encode(encoding))


# The good file: CRLF, Latin-1, trailing spaces cut (short records) as many banks deliver it.
write("bgmax_ok.txt", bgmax_lines(), eol="\r\n", strip=True)
write("bgmax_bad_trailer.txt", bgmax_lines(trailer_payments=5))
write("bgmax_bad_deposit.txt", bgmax_lines(deposit1=130100))
write("bgmax_truncated.txt", bgmax_lines(with_end=False))
lines = bgmax_lines()
lines.insert(10, rec("99", "this line is damaged"))
write("bgmax_bad_line.txt", lines)


# Nets OCR giro: a payment, a purchase with text (items 1–3) and a reversal with text.
def ny(*parts):
    return rec(*parts, pad="0")


def nets_lines(assignment_total=None, assignment_records=10):
    t = [
        ("10", 1, 150000, "", "0000000000"),
        ("21", 2, 26000, "Varekjøp kiosk", "0000000000"),
        ("20", 3, 4000, "Tilbakeført kjøp", "0000000000"),
    ]
    total = 150000 + 26000 - 4000 if assignment_total is None else assignment_total
    lines = [ny("NY000010", "00008080", "0170031", "00010200")]
    lines.append(ny("NY090020", "001008566", "0000002", "99991042764"))
    for ttype, n, amount, text, _ in t:
        sign = "-" if ttype in ("18", "20") else "0"
        kid = {1: "12345674", 2: "", 3: "98765431"}[n]
        lines.append(ny("NY09", ttype, "30", z(n, 7), "250524", "01", "02", "1", "00001", sign, z(amount, 17), kid.rjust(25), "000000"))
        lines.append(ny("NY09", ttype, "31", z(n, 7), z(9636827194, 10), z(99038562 + n, 9), "0000000", "240524", z(12345678903, 11)))
        if text:
            lines.append(rec("NY09", ttype, "32", z(n, 7), l(text, 40), "0" * 25))
    lines.append(ny("NY090088", z(3, 8), z(assignment_records, 8), z(total, 17), "250524", "250524", "250524"))
    lines.append(ny("NY000089", z(3, 8), z(assignment_records + 2, 8), z(total, 17), "250524"))
    return lines


write("nets_ocr_ok.txt", nets_lines())
write("nets_ocr_bad_count.txt", nets_lines(assignment_records=9))
write("nets_ocr_bad_total.txt", nets_lines(assignment_total=100))

# AvtaleGiro payment claims (service 21, assignment type 00, transaction type 21 and 02).
ag = [
    ny("NY000010", "55555555", "1000081", "00008080"),
    ny("NY210020", "000000000", "4000086", "88888888888"),
    rec("NY2121300000001170604", " " * 11, z(100, 17), "00800001168837".rjust(25), "000000"),
    rec("NY2121310000001", l("NAVN", 10), " " * 25, l("Ekstern ref 1", 25), "00000"),
    rec("NY2121490000001", "4", "001", "1", l("Gjelder faktura 168837", 40), "0" * 20),
    rec("NY2102300000002170604", " " * 11, z(250, 17), "00800002168838".rjust(25), "000000"),
    rec("NY2102310000002", l("NAVN2", 10), " " * 25, l("", 25), "00000"),
    ny("NY210088", z(2, 8), z(7, 8), z(350, 17), "170604", "170604"),
    ny("NY000089", z(2, 8), z(9, 8), z(350, 17), "170604"),
]
write("avtalegiro_claims.txt", ag)
