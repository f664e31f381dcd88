//! A model's `pattern`, parsed here and written out for the runtime's matchers
//! (`aws_operation_runtime::pattern`).
//!
//! Patterns are parsed with `regex-syntax` (the syntax and Unicode semantics of the `regex`
//! crate: `\p{L}`, Unicode `\d`, `\w` and `\s`), and written back twice: as a tree of nodes
//! for the runtime's backtracking walk, and as an expression that `regex-lite` runs, its
//! fallback. In both, every class is spelled out as ranges of code points and no group
//! captures. The runtime then needs no Unicode tables and no automata of its own, which are
//! most of what the `regex` crate adds to a build and to a binary.

use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::quote;
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// A pattern compiled for the runtime.
pub struct Compiled {
    /// The expression for `regex-lite`.
    pub program: String,
    /// A `PatternNode` expression, the tree.
    pub tree: TokenStream,
}

/// Both forms of `pattern`, or why there are none.
pub fn compile(pattern: &str) -> Result<Compiled, String> {
    let hir = parse(pattern)?;
    let mut program = String::new();
    write_hir(&hir, &mut program)?;
    Ok(Compiled { program, tree: tree(&hir) })
}

/// The expression `regex-lite` runs for `pattern`, or why there is none.
#[cfg(test)]
fn translate(pattern: &str) -> Result<String, String> {
    compile(pattern).map(|c| c.program)
}

fn parse(pattern: &str) -> Result<Hir, String> {
    regex_syntax::Parser::new().parse(pattern).map_err(|e| {
        let reason = e.to_string();
        let last = reason.lines().rev().find(|l| l.starts_with("error:")).unwrap_or("error: invalid syntax");
        last.trim_start_matches("error: ").to_owned()
    })
}

/// The tree of `hir`; `write_hir` has refused what has no form in it.
fn tree(hir: &Hir) -> TokenStream {
    let p = crate::expand::private();
    let (node, look) = (quote!(#p::PatternNode), quote!(#p::PatternLook));
    match hir.kind() {
        HirKind::Empty => quote!(#node::Empty),
        HirKind::Literal(literal) => {
            let text = String::from_utf8_lossy(&literal.0).into_owned();
            quote!(#node::Literal(#text))
        }
        HirKind::Class(class) => {
            let (shown, negated) = smaller_form(&class_ranges(class));
            let pairs = shown.iter().map(|(a, b)| quote!((#a, #b)));
            quote!(#node::Class { ranges: &[#(#pairs),*], negated: #negated })
        }
        HirKind::Look(l) => {
            let name = match l {
                Look::Start => quote!(Start),
                Look::End => quote!(End),
                Look::StartLF => quote!(StartLine),
                Look::EndLF => quote!(EndLine),
                Look::StartCRLF => quote!(StartLineCrlf),
                Look::EndCRLF => quote!(EndLineCrlf),
                Look::WordAsciiNegate | Look::WordUnicodeNegate => quote!(NotWordBoundary),
                _ => quote!(WordBoundary),
            };
            quote!(#node::Look(#look::#name))
        }
        HirKind::Repetition(rep) => {
            let sub = tree(&rep.sub);
            let (min, max) = (rep.min, rep.max.unwrap_or(u32::MAX));
            quote!(#node::Repeat { node: &#sub, min: #min, max: #max })
        }
        HirKind::Capture(capture) => tree(&capture.sub),
        HirKind::Concat(parts) => {
            let parts = parts.iter().map(tree);
            quote!(#node::Concat(&[#(#parts),*]))
        }
        HirKind::Alternation(branches) => {
            let branches = branches.iter().map(tree);
            quote!(#node::Alternation(&[#(#branches),*]))
        }
    }
}

fn class_ranges(class: &Class) -> Vec<(char, char)> {
    match class {
        Class::Unicode(c) => c.ranges().iter().map(|r| (r.start(), r.end())).collect(),
        // In a pattern over `&str`, a byte class only ever holds ASCII.
        Class::Bytes(c) => c.ranges().iter().map(|r| (char::from(r.start()), char::from(r.end()))).collect(),
    }
}

fn write_hir(hir: &Hir, out: &mut String) -> Result<(), String> {
    match hir.kind() {
        HirKind::Empty => out.push_str("(?:)"),
        HirKind::Literal(literal) => {
            // Parsed from a `&str`, a literal is whole UTF-8 characters.
            let text = std::str::from_utf8(&literal.0).map_err(|_| "a literal that is not UTF-8".to_owned())?;
            text.chars().for_each(|c| write_char(c, out));
        }
        HirKind::Class(class) => write_class(class, out),
        HirKind::Look(look) => out.push_str(match look {
            Look::Start => r"\A",
            Look::End => r"\z",
            Look::StartLF => "(?m:^)",
            Look::EndLF => "(?m:$)",
            Look::StartCRLF => "(?mR:^)",
            Look::EndCRLF => "(?mR:$)",
            // ECMA-262, whose syntax model patterns follow, defines word characters as ASCII.
            Look::WordAscii | Look::WordUnicode => r"\b",
            Look::WordAsciiNegate | Look::WordUnicodeNegate => r"\B",
            _ => return Err("a half word boundary (`\\b{start}` and the like), which has no ECMA-262 form".to_owned()),
        }),
        HirKind::Repetition(rep) => {
            out.push_str("(?:");
            write_hir(&rep.sub, out)?;
            out.push(')');
            match rep.max {
                Some(max) if max == rep.min => write!(out, "{{{}}}", rep.min),
                Some(max) => write!(out, "{{{},{max}}}", rep.min),
                None => write!(out, "{{{},}}", rep.min),
            }
            .expect("writing to a String");
            if !rep.greedy {
                out.push('?');
            }
        }
        HirKind::Capture(capture) => {
            out.push_str("(?:");
            write_hir(&capture.sub, out)?;
            out.push(')');
        }
        HirKind::Concat(parts) => {
            for part in parts {
                write_hir(part, out)?;
            }
        }
        HirKind::Alternation(branches) => {
            out.push_str("(?:");
            for (i, branch) in branches.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                write_hir(branch, out)?;
            }
            out.push(')');
        }
    }
    Ok(())
}

/// A class as its ranges, or as the ranges it leaves out when those are fewer (`.` is
/// `[^\x{A}]`, not two ranges covering the rest of Unicode).
fn write_class(class: &Class, out: &mut String) {
    let ranges = class_ranges(class);
    if let [(a, b)] = ranges[..]
        && a == b
    {
        return write_char(a, out);
    }
    let (shown, negated) = smaller_form(&ranges);
    out.push('[');
    match (negated, shown.is_empty()) {
        // Every code point.
        (true, true) => out.push_str(r"\x{0}-\x{10FFFF}"),
        // None: the complement of every code point.
        (false, true) => out.push_str(r"^\x{0}-\x{10FFFF}"),
        (true, false) => out.push('^'),
        (false, false) => {}
    }
    for &(a, b) in &shown {
        write_char(a, out);
        if b != a {
            out.push('-');
            write_char(b, out);
        }
    }
    out.push(']');
}

/// A class as its ranges, or as the ranges it leaves out (`negated`) when those are fewer.
fn smaller_form(ranges: &[(char, char)]) -> (Vec<(char, char)>, bool) {
    let complement = complement(ranges);
    if complement.len() < ranges.len() { (complement, true) } else { (ranges.to_vec(), false) }
}

/// The code points outside sorted, disjoint `ranges`.
fn complement(ranges: &[(char, char)]) -> Vec<(char, char)> {
    let mut out = Vec::new();
    let mut next = Some('\0');
    for &(a, b) in ranges {
        if let Some(start) = next
            && start < a
        {
            out.push((start, before(a)));
        }
        next = after(b);
    }
    if let Some(start) = next {
        out.push((start, char::MAX));
    }
    out
}

/// The scalar value before `c` (`c` above `'\0'`), skipping the surrogates.
fn before(c: char) -> char {
    match c {
        '\u{E000}' => '\u{D7FF}',
        _ => char::from_u32(c as u32 - 1).expect("a scalar value above '\\0'"),
    }
}

/// The scalar value after `c`, skipping the surrogates.
fn after(c: char) -> Option<char> {
    match c {
        '\u{D7FF}' => Some('\u{E000}'),
        _ => char::from_u32(c as u32 + 1),
    }
}

/// Letters, digits and `_` as themselves, anything else as `\x{...}`, which means the same
/// inside a class and outside one.
fn write_char(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() || c == '_' {
        out.push(c);
    } else {
        write!(out, r"\x{{{:X}}}", c as u32).expect("writing to a String");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_spelled_out_and_groups_do_not_capture() {
        assert_eq!(translate("^[a-z]{1,3}$").unwrap(), r"\A(?:[a-z]){1,3}\z");
        assert_eq!(translate("^(ab|c)*$").unwrap(), r"\A(?:(?:(?:ab|c))){0,}\z");
        assert_eq!(translate(r"^[^\x00-\x1F\x7F]*$").unwrap(), r"\A(?:[\x{20}-\x{7E}\x{80}-\x{10FFFF}]){0,}\z");
        assert_eq!(translate("[^a]").unwrap(), "[^a]");
        assert_eq!(translate(".").unwrap(), r"[^\x{A}]");
        assert_eq!(translate(r"\$").unwrap(), r"\x{24}");
        assert_eq!(translate("a+?").unwrap(), "(?:a){1,}?");
    }

    #[test]
    fn unicode_classes_become_ranges() {
        let digits = translate(r"\d").unwrap();
        assert!(digits.starts_with("[0-9") && digits.contains(r"\x{660}-\x{669}"), "{digits}");
        let letters = translate(r"\p{L}").unwrap();
        assert!(!letters.contains('p') && letters.contains("a-z"), "{letters}");
    }

    #[test]
    fn complements_skip_the_surrogates() {
        assert_eq!(complement(&[('\0', '\u{D7FF}')]), [('\u{E000}', char::MAX)]);
        assert_eq!(complement(&[('b', 'c')]), [('\0', 'a'), ('d', char::MAX)]);
        assert_eq!(complement(&[('\0', char::MAX)]), []);
    }

    #[test]
    fn what_does_not_parse_is_reported() {
        assert!(translate("(unclosed").unwrap_err().contains("unclosed"));
        assert!(translate(r"(?<!\.)x").is_err());
    }
}
