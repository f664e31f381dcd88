//! CBOR bodies compared by meaning, as botocore compares them: the vectors give another
//! encoder's bytes (base64), with indefinite lengths, other orders of map entries and other
//! widths of floats than ours. Both sides are decoded into a tree of values ([`Cbor`]) with
//! minicbor's low-level decoder, apart from the codec under test, and compared so that:
//!
//! - definite and indefinite lengths, and strings in one chunk or many, are the same;
//! - a map's entries have no order;
//! - floats are equal by their bits once widened to doubles (a single 7.625 is a double 7.625),
//!   any NaN equal to any NaN;
//! - under tag 1 a timestamp is its instant: botocore reads one into a `datetime`, so whole
//!   seconds as an integer are the same as the same seconds as a float;
//! - an integer is never a float, text never bytes.

use minicbor::Decoder;
use minicbor::data::Type;
use minicbor::decode::Error;

/// A CBOR data item.
#[derive(Debug, Clone, PartialEq)]
pub enum Cbor {
    /// Major types 0 and 1.
    Integer(i128),
    /// Major type 2, its chunks joined.
    Bytes(Vec<u8>),
    /// Major type 3, its chunks joined.
    Text(String),
    /// Major type 4.
    Array(Vec<Cbor>),
    /// Major type 5, entries in the order written.
    Map(Vec<(Cbor, Cbor)>),
    /// Major type 6: the tag and its item.
    Tag(u64, Box<Cbor>),
    /// A half, single or double, widened.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// `undefined`.
    Undefined,
    /// Another simple value.
    Simple(u8),
}

/// The one data item that `bytes` are.
pub fn decode(bytes: &[u8]) -> Result<Cbor, String> {
    let mut d = Decoder::new(bytes);
    let value = item(&mut d).map_err(|e| e.to_string())?;
    match bytes.len() - d.position() {
        0 => Ok(value),
        n => Err(format!("{n} bytes after the value")),
    }
}

fn item(d: &mut Decoder<'_>) -> Result<Cbor, Error> {
    Ok(match d.datatype()? {
        Type::Bool => Cbor::Bool(d.bool()?),
        Type::Null => {
            d.null()?;
            Cbor::Null
        }
        Type::Undefined => {
            d.undefined()?;
            Cbor::Undefined
        }
        Type::Simple => Cbor::Simple(d.simple()?),
        Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int => {
            Cbor::Integer(i128::from(d.int()?))
        }
        Type::F16 => {
            let at = d.position();
            let bits = match d.input().get(at + 1..at + 3) {
                Some(&[high, low]) => u16::from_be_bytes([high, low]),
                _ => return Err(Error::end_of_input()),
            };
            d.set_position(at + 3);
            Cbor::Float(half(bits))
        }
        Type::F32 => Cbor::Float(f64::from(d.f32()?)),
        Type::F64 => Cbor::Float(d.f64()?),
        Type::Bytes | Type::BytesIndef => {
            let mut all = Vec::new();
            for chunk in d.bytes_iter()? {
                all.extend_from_slice(chunk?);
            }
            Cbor::Bytes(all)
        }
        Type::String | Type::StringIndef => Cbor::Text(d.str_iter()?.collect::<Result<String, _>>()?),
        Type::Array | Type::ArrayIndef => {
            let len = d.array()?;
            let mut items = Vec::new();
            while more(d, len, items.len())? {
                items.push(item(d)?);
            }
            Cbor::Array(items)
        }
        Type::Map | Type::MapIndef => {
            let len = d.map()?;
            let mut entries = Vec::new();
            while more(d, len, entries.len())? {
                entries.push((item(d)?, item(d)?));
            }
            Cbor::Map(entries)
        }
        Type::Tag => {
            let tag = d.tag()?.as_u64();
            Cbor::Tag(tag, Box::new(item(d)?))
        }
        Type::Break | Type::Unknown(_) => return Err(Error::message("a break or reserved byte where an item belongs")),
    })
}

/// Whether another item of an array or map follows, `read` having been read: up to `len`, or
/// (indefinite) up to a break, which is consumed.
fn more(d: &mut Decoder<'_>, len: Option<u64>, read: usize) -> Result<bool, Error> {
    match len {
        Some(n) => Ok((read as u64) < n),
        None if d.datatype()? == Type::Break => {
            d.set_position(d.position() + 1);
            Ok(false)
        }
        None => Ok(true),
    }
}

/// An IEEE 754 half's value: sign, five bits of exponent (bias 15), ten of fraction.
fn half(bits: u16) -> f64 {
    let sign = if bits >> 15 == 1 { -1.0 } else { 1.0 };
    let (exponent, fraction) = ((bits >> 10) & 0x1f, f64::from(bits & 0x3ff) / 1024.0);
    sign * match exponent {
        0 => fraction * 2f64.powi(-14),
        31 if fraction == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + fraction) * 2f64.powi(i32::from(e) - 15),
    }
}

/// The seconds a timestamp's item holds.
fn seconds(item: &Cbor) -> Option<f64> {
    match item {
        Cbor::Integer(n) => Some(*n as f64),
        Cbor::Float(f) => Some(*f),
        _ => None,
    }
}

/// Whether two items mean the same (see the module's doc).
pub fn same(a: &Cbor, b: &Cbor) -> bool {
    match (a, b) {
        (Cbor::Float(x), Cbor::Float(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (Cbor::Tag(1, x), Cbor::Tag(1, y)) => match (seconds(x), seconds(y)) {
            (Some(s), Some(t)) => s == t,
            _ => same(x, y),
        },
        (Cbor::Tag(s, x), Cbor::Tag(t, y)) => s == t && same(x, y),
        (Cbor::Array(x), Cbor::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Cbor::Map(x), Cbor::Map(y)) => {
            let within = |x: &[(Cbor, Cbor)], y: &[(Cbor, Cbor)]| {
                x.iter().all(|(k, v)| y.iter().any(|(l, w)| same(k, l) && same(v, w)))
            };
            x.len() == y.len() && within(x, y) && within(y, x)
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alike(a: &[u8], b: &[u8]) -> bool {
        same(&decode(a).unwrap(), &decode(b).unwrap())
    }

    #[test]
    fn cbor_is_compared_by_meaning() {
        // {"a": [1, "xy"], "b": h'00'}, definite, against indefinite, reordered and chunked.
        let definite = [0xa2, 0x61, b'a', 0x82, 0x01, 0x62, b'x', b'y', 0x61, b'b', 0x41, 0x00];
        let other = [
            0xbf, 0x61, b'b', 0x5f, 0x41, 0x00, 0xff, 0x61, b'a', 0x9f, 0x01, 0x7f, 0x61, b'x', 0x61, b'y', 0xff, 0xff,
            0xff,
        ];
        assert!(alike(&definite, &other));
        // Floats by value whatever their width; NaN is NaN.
        assert!(alike(&[0xfa, 0x40, 0xf4, 0, 0], &[0xfb, 0x40, 0x1e, 0x80, 0, 0, 0, 0, 0]));
        assert!(alike(&[0xf9, 0x3e, 0x00], &[0xfb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0]));
        assert!(alike(&[0xfa, 0x7f, 0xc0, 0, 0], &[0xfb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1]));
        assert!(!alike(&[0xfa, 0x7f, 0x80, 0, 0], &[0xfa, 0xff, 0x80, 0, 0]), "infinities keep their sign");
        // A timestamp is its instant; elsewhere an integer is not a float.
        assert!(alike(&[0xc1, 0x1a, 0x53, 0x5f, 0xef, 0xce], &[0xc1, 0xfb, 0x41, 0xd4, 0xd7, 0xfb, 0xf3, 0x80, 0, 0]));
        assert!(!alike(&[0x01], &[0xf9, 0x3c, 0x00]));
        assert!(!alike(&[0xc1, 0x01], &[0xc1, 0x02]));
        // Values, lengths and keys count.
        assert!(!alike(&[0x82, 0x01, 0x02], &[0x82, 0x02, 0x01]), "arrays keep their order");
        assert!(!alike(&[0xa1, 0x61, b'a', 0x01], &[0xa1, 0x61, b'b', 0x01]));
        assert!(!alike(&[0xa1, 0x61, b'a', 0x01], &[0xa2, 0x61, b'a', 0x01, 0x61, b'b', 0x01]));
        assert!(!alike(&[0x41, b'a'], &[0x61, b'a']), "bytes are not text");
        assert!(decode(&[0x82, 0x01]).is_err() && decode(&[0x01, 0x02]).is_err());
    }
}
