use crate::data;
use formats::{Format, FormatHint, Rejection, detect, parse};

#[test]
fn detects_each_format() {
    assert_eq!(detect(&data("bgmax_ok.txt")), Some(Format::BgMax));
    assert_eq!(detect(&data("nets_ocr_ok.txt")), Some(Format::NetsOcr));
    assert_eq!(detect(&data("avtalegiro_claims.txt")), Some(Format::NetsOcr));
    assert_eq!(detect(&data("camt053_v02_ok.xml")), Some(Format::Camt053));
    assert_eq!(detect(&data("camt054_v08_ok.xml")), Some(Format::Camt054));
    assert_eq!(detect(b"just text"), None);
}

#[test]
fn auto_parse_and_unknown() {
    assert_eq!(parse(&data("bgmax_ok.txt"), FormatHint::Auto).payments.len(), 5);
    let f = parse(b"garbage", FormatHint::Auto);
    assert_eq!(f.format, Format::Unknown);
    assert_eq!(f.rejection, Some(Rejection::UnknownFormat));
    assert_eq!(parse(b"  \n", FormatHint::Auto).rejection, Some(Rejection::Empty));
    let forced = parse(&data("bgmax_ok.txt"), FormatHint::NetsOcr);
    assert!(matches!(forced.rejection, Some(Rejection::WrongFormat { .. })));
}
