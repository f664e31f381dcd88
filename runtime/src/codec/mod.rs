//! Wire formats: how the values a shape hands over are written and read. One format per module;
//! protocols (`crate::protocol`) choose a format and say where its bytes go.

pub mod cbor;
pub mod form;
pub mod json;
pub mod text;
#[cfg(feature = "xml")]
pub mod xml;
