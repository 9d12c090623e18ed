//! Deterministic synthetic bank files for benchmarks, fuzz seeds and tests.
//!
//! The files follow the layouts the parsers read, with valid totals, so parsing one gives
//! exactly `n` records and no rejection. Amounts and references come from a fixed-seed
//! generator: the same call always yields the same bytes.

use domain::ident::checksum::luhn_check_digit;

/// A tiny linear congruential generator (Knuth's MMIX constants): reproducible, no dependency.
#[derive(Debug, Clone)]
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 11
    }

    /// Uniform in `lo..=hi` (slightly biased; fine for test data).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
}

/// The Luhn-valid reference issued for claim number `i` (base digits then check digit).
pub fn reference_for(i: u64) -> String {
    let base = format!("{}", 100_000 + i);
    let digits: Vec<u8> = base.bytes().map(|b| b - b'0').collect();
    format!("{base}{}", luhn_check_digit(&digits))
}

fn pad_right(out: &mut Vec<u8>, text: &str, width: usize) {
    let bytes = text.as_bytes();
    let n = bytes.len().min(width);
    out.extend_from_slice(&bytes[..n]);
    out.extend(std::iter::repeat_n(b' ', width - n));
}

fn zero_left(out: &mut Vec<u8>, value: u64, width: usize) {
    let s = format!("{value:0width$}");
    out.extend_from_slice(&s.as_bytes()[s.len().saturating_sub(width)..]);
}

/// A BgMax file with `n` payment records (20) in deposits of up to 1,000, every seventh with
/// a name record (26) and an information record (25).
pub fn bgmax(n: usize) -> Vec<u8> {
    let mut rng = Lcg::new(1);
    let mut out = Vec::with_capacity(n * 100 + 400);
    out.extend_from_slice(b"01BGMAX               0120240525101530123456P");
    out.extend(std::iter::repeat_n(b' ', 35));
    out.push(b'\n');
    let mut deposits = 0u64;
    let mut done = 0usize;
    while done < n || (n == 0 && deposits == 0) {
        let batch = (n - done).min(1000);
        out.extend_from_slice(b"050009912346          SEK");
        out.extend(std::iter::repeat_n(b' ', 55));
        out.push(b'\n');
        let mut sum = 0u64;
        for k in 0..batch {
            let i = (done + k) as u64;
            let amount = rng.range(100, 5_000_000);
            sum += amount;
            out.extend_from_slice(b"20");
            zero_left(&mut out, 9912346, 10);
            pad_right(&mut out, &reference_for(i), 25);
            zero_left(&mut out, amount, 18);
            out.extend_from_slice(b"21");
            zero_left(&mut out, 100_000_000_000 + i, 12);
            out.push(b'0');
            out.extend(std::iter::repeat_n(b' ', 10));
            out.push(b'\n');
            if i.is_multiple_of(7) {
                out.extend_from_slice(b"26");
                pad_right(&mut out, "Anna Andersson", 35);
                out.extend(std::iter::repeat_n(b' ', 43));
                out.push(b'\n');
                out.extend_from_slice(b"25");
                pad_right(&mut out, &format!("Faktura {}", 50_000 + i), 50);
                out.extend(std::iter::repeat_n(b' ', 28));
                out.push(b'\n');
            }
        }
        deposits += 1;
        out.extend_from_slice(b"15");
        pad_right(&mut out, "00000000000000000123456789", 35);
        out.extend_from_slice(b"20240525");
        zero_left(&mut out, deposits, 5);
        zero_left(&mut out, sum, 18);
        out.extend_from_slice(b"SEK");
        zero_left(&mut out, batch as u64, 8);
        out.extend_from_slice(b" \n");
        done += batch;
    }
    out.extend_from_slice(b"70");
    zero_left(&mut out, n as u64, 8);
    zero_left(&mut out, 0, 8);
    zero_left(&mut out, 0, 8);
    zero_left(&mut out, deposits, 8);
    out.extend(std::iter::repeat_n(b' ', 46));
    out.push(b'\n');
    out
}

/// A Nets OCR giro file with one assignment of `n` transactions (amount items 1 and 2), in the
/// strict layout other parsers (such as the Python `netsgiro` package) accept.
pub fn nets_ocr(n: usize) -> Vec<u8> {
    let mut rng = Lcg::new(2);
    let mut out = Vec::with_capacity(n * 162 + 400);
    let line = |out: &mut Vec<u8>| out.push(b'\n');
    out.extend_from_slice(b"NY000010000080800170031000102");
    out.extend(std::iter::repeat_n(b'0', 80 - 29));
    line(&mut out);
    out.extend_from_slice(b"NY090020001008566000000299991042764");
    out.extend(std::iter::repeat_n(b'0', 80 - 35));
    line(&mut out);
    let mut total = 0u64;
    for i in 0..n as u64 {
        let amount = rng.range(100, 5_000_000);
        total += amount;
        let number = i % 10_000_000;
        out.extend_from_slice(b"NY091030");
        zero_left(&mut out, number, 7);
        out.extend_from_slice(b"250524");
        out.extend_from_slice(b"0102100001");
        out.push(b'0');
        zero_left(&mut out, amount, 17);
        let kid = reference_for(i);
        out.extend(std::iter::repeat_n(b' ', 25 - kid.len()));
        out.extend_from_slice(kid.as_bytes());
        out.extend_from_slice(b"000000");
        line(&mut out);
        out.extend_from_slice(b"NY091031");
        zero_left(&mut out, number, 7);
        zero_left(&mut out, 9_636_827_194, 10);
        zero_left(&mut out, 100_000_000 + (i % 900_000_000), 9);
        out.extend_from_slice(b"0000000");
        out.extend_from_slice(b"240524");
        out.extend_from_slice(b"99990512341");
        out.extend(std::iter::repeat_n(b'0', 22));
        line(&mut out);
    }
    let records = 2 * n as u64 + 2;
    out.extend_from_slice(b"NY090088");
    zero_left(&mut out, n as u64, 8);
    zero_left(&mut out, records, 8);
    zero_left(&mut out, total, 17);
    out.extend_from_slice(b"250524250524250524");
    out.extend(std::iter::repeat_n(b'0', 21));
    line(&mut out);
    out.extend_from_slice(b"NY000089");
    zero_left(&mut out, n as u64, 8);
    zero_left(&mut out, records + 2, 8);
    zero_left(&mut out, total, 17);
    out.extend_from_slice(b"250524");
    out.extend(std::iter::repeat_n(b'0', 33));
    line(&mut out);
    out
}

/// A camt.054.001.08 notification with `n` booked credit entries, each with one transaction
/// carrying an SCOR reference and a debtor name.
pub fn camt054(n: usize) -> Vec<u8> {
    let mut rng = Lcg::new(3);
    let mut out = String::with_capacity(n * 420 + 1000);
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">\n",
        "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2024-05-25T10:00:00</CreDtTm></GrpHdr>\n",
        "<Ntfctn><Id>N1</Id><Acct><Id><IBAN>SE4550000000058398257466</IBAN></Id></Acct>\n",
    ));
    let mut total = 0u64;
    let mut entries = String::with_capacity(n * 420);
    for i in 0..n as u64 {
        let amount = rng.range(100, 5_000_000);
        total += amount;
        entries.push_str(&format!(
            "<Ntry><Amt Ccy=\"SEK\">{}.{:02}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\
<BookgDt><Dt>2024-05-25</Dt></BookgDt><ValDt><Dt>2024-05-25</Dt></ValDt><AcctSvcrRef>A{i}</AcctSvcrRef>\
<BkTxCd/><NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Anna Andersson</Nm></Pty></Dbtr></RltdPties>\
<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>{}</Ref></CdtrRefInf></Strd></RmtInf>\
</TxDtls></NtryDtls></Ntry>\n",
            amount / 100,
            amount % 100,
            reference_for(i)
        ));
    }
    out.push_str(&format!(
        "<TxsSummry><TtlNtries><NbOfNtries>{n}</NbOfNtries><Sum>{}.{:02}</Sum></TtlNtries></TxsSummry>\n",
        total / 100,
        total % 100
    ));
    out.push_str(&entries);
    out.push_str("</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n");
    out.into_bytes()
}
