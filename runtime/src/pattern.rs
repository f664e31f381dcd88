//! The model's patterns, matched against values before they are sent.
//!
//! The macros parse each pattern when they expand (with `regex-syntax`: the syntax and Unicode
//! classes of the `regex` crate) and hand over two forms of it: a tree of [`Node`]s, every class
//! already a list of code point ranges, which a small backtracking matcher here walks; and the
//! same expression in the plain syntax of `regex-lite`. Model patterns are short anchored
//! sequences of classes and literals (`^[a-z0-9]{13}$`, `^(arn:...)?pma-[a-z0-9]{13}$`), on which
//! the walk takes a few steps per character. A pattern on which it would take more (nested
//! repetitions that backtrack) stops at a step budget and is matched by `regex-lite`, whose
//! time is linear in the value. Neither needs Unicode tables or automata in the binary.

use std::sync::OnceLock;

/// A pattern as the macros compiled it.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    program: &'static str,
    tree: &'static Node,
    compiled: OnceLock<Option<regex_lite::Regex>>,
}

/// A node of a compiled pattern.
#[derive(Debug)]
pub enum Node {
    /// Matches the empty string.
    Empty,
    /// This text.
    Literal(&'static str),
    /// One character in these sorted, disjoint ranges, or, `negated`, outside them.
    Class {
        /// The ranges.
        ranges: &'static [(char, char)],
        /// Whether the class is the complement of the ranges.
        negated: bool,
    },
    /// An assertion about the position.
    Look(Look),
    /// `node` between `min` and `max` times (`u32::MAX`: no bound).
    Repeat {
        /// What repeats.
        node: &'static Node,
        /// The least count.
        min: u32,
        /// The most count.
        max: u32,
    },
    /// Each in turn.
    Concat(&'static [Node]),
    /// Any one of them.
    Alternation(&'static [Node]),
}

/// A zero-width assertion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// The start of the text (`^` without the `m` flag).
    Start,
    /// The end of the text.
    End,
    /// The start of a line (`\n` before).
    StartLine,
    /// The end of a line (`\n` after).
    EndLine,
    /// The start of a line, `\r\n` or `\n` ending the one before.
    StartLineCrlf,
    /// The end of a line, `\r\n` or `\n` ending it.
    EndLineCrlf,
    /// An ASCII word boundary (ECMA-262's `\b`).
    WordBoundary,
    /// Not one.
    NotWordBoundary,
}

impl Pattern {
    /// A pattern as written, as `regex-lite` runs it (`program`) and as a tree, compiled the
    /// first time `regex-lite` is needed.
    pub const fn new(source: &'static str, program: &'static str, tree: &'static Node) -> Self {
        Self { source, program, tree, compiled: OnceLock::new() }
    }

    /// The pattern as written.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `value` contains a match. The macros check every pattern when they expand, so a
    /// program that does not compile is one the macros never wrote; it matches nothing.
    pub fn is_match(&self, value: &str) -> bool {
        match Walk::new(value).search(self.tree) {
            Some(found) => found,
            None => self
                .compiled
                .get_or_init(|| regex_lite::Regex::new(self.program).ok())
                .as_ref()
                .is_some_and(|re| re.is_match(value)),
        }
    }
}

/// What a match goes on with after a node: the rest of the pattern from a position.
type Then<'a, 't> = &'a mut dyn FnMut(&mut Walk<'t>, usize) -> Option<bool>;

/// A backtracking walk of a tree over one text; `None` once it has taken too many steps.
struct Walk<'t> {
    text: &'t str,
    steps: usize,
    budget: usize,
    depth: usize,
}

/// How deep the walk may recurse: repetitions of more than a class recurse once per count.
const MAX_DEPTH: usize = 200;

impl<'t> Walk<'t> {
    fn new(text: &'t str) -> Self {
        // Linear in the text for the patterns models have; beyond, `regex-lite`.
        Self { text, steps: 0, budget: 256 + 16 * text.len(), depth: 0 }
    }

    fn step(&mut self) -> Option<()> {
        self.steps += 1;
        (self.steps <= self.budget).then_some(())
    }

    /// Whether the tree matches anywhere in the text.
    fn search(&mut self, tree: &Node) -> Option<bool> {
        let anchored = match tree {
            Node::Look(Look::Start) => true,
            Node::Concat(parts) => matches!(parts.first(), Some(Node::Look(Look::Start))),
            _ => false,
        };
        if anchored {
            return self.at(tree, 0, &mut |_, _| Some(true));
        }
        let text = self.text;
        for start in text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())) {
            if self.at(tree, start, &mut |_, _| Some(true))? {
                return Some(true);
            }
        }
        Some(false)
    }

    /// Whether `node` matches at `pos` and `then` matches where it ends.
    fn at(&mut self, node: &Node, pos: usize, then: Then<'_, 't>) -> Option<bool> {
        self.step()?;
        match node {
            Node::Empty => then(self, pos),
            Node::Literal(text) => match self.text[pos..].starts_with(text) {
                true => then(self, pos + text.len()),
                false => Some(false),
            },
            Node::Class { ranges, negated } => match self.text[pos..].chars().next() {
                Some(c) if in_class(c, ranges, *negated) => then(self, pos + c.len_utf8()),
                _ => Some(false),
            },
            Node::Look(look) => match self.holds(*look, pos) {
                true => then(self, pos),
                false => Some(false),
            },
            Node::Concat(parts) => self.concat(parts, pos, then),
            Node::Alternation(branches) => {
                for branch in *branches {
                    if self.at(branch, pos, then)? {
                        return Some(true);
                    }
                }
                Some(false)
            }
            Node::Repeat { node, min, max } => match node {
                Node::Class { ranges, negated } => self.repeat_class(ranges, *negated, *min, *max, pos, then),
                _ => self.repeat(node, *min, *max, 0, pos, then),
            },
        }
    }

    fn concat(&mut self, parts: &[Node], pos: usize, then: Then<'_, 't>) -> Option<bool> {
        match parts.split_first() {
            None => then(self, pos),
            Some((first, rest)) => self.at(first, pos, &mut |walk, next| walk.concat(rest, next, then)),
        }
    }

    /// A class repeated: as many characters as it takes, then fewer, without recursing.
    fn repeat_class(
        &mut self,
        ranges: &[(char, char)],
        negated: bool,
        min: u32,
        max: u32,
        pos: usize,
        then: Then<'_, 't>,
    ) -> Option<bool> {
        let mut end = pos;
        let mut count = 0;
        for c in self.text[pos..].chars() {
            if count == max || !in_class(c, ranges, negated) {
                break;
            }
            end += c.len_utf8();
            count += 1;
        }
        while count >= min {
            self.step()?;
            if then(self, end)? {
                return Some(true);
            }
            let Some(last) = self.text[pos..end].chars().next_back() else { break };
            end -= last.len_utf8();
            count -= 1;
        }
        Some(false)
    }

    /// Any other node repeated, greedily, `count` times so far.
    fn repeat(&mut self, node: &Node, min: u32, max: u32, count: u32, pos: usize, then: Then<'_, 't>) -> Option<bool> {
        // Each count nests the rest of the walk one level deeper.
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let found = self.repeat_from(node, min, max, count, pos, then);
        self.depth -= 1;
        found
    }

    fn repeat_from(
        &mut self,
        node: &Node,
        min: u32,
        max: u32,
        count: u32,
        pos: usize,
        then: Then<'_, 't>,
    ) -> Option<bool> {
        if count < max {
            let more = self.at(node, pos, &mut |walk, next| {
                // A repetition that matched nothing would go round forever: stop it there.
                if next == pos && count >= min {
                    return Some(false);
                }
                walk.repeat(node, min, max, count + 1, next, then)
            })?;
            if more {
                return Some(true);
            }
        }
        if count >= min { then(self, pos) } else { Some(false) }
    }

    fn holds(&self, look: Look, pos: usize) -> bool {
        let (before, after) = (self.text[..pos].chars().next_back(), self.text[pos..].chars().next());
        let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        match look {
            Look::Start => pos == 0,
            Look::End => pos == self.text.len(),
            Look::StartLine => before.is_none_or(|c| c == '\n'),
            Look::EndLine => after.is_none_or(|c| c == '\n'),
            Look::StartLineCrlf => match before {
                None | Some('\n') => true,
                Some('\r') => after != Some('\n'),
                _ => false,
            },
            Look::EndLineCrlf => match after {
                None | Some('\r') => true,
                Some('\n') => before != Some('\r'),
                _ => false,
            },
            Look::WordBoundary => word(before) != word(after),
            Look::NotWordBoundary => word(before) == word(after),
        }
    }
}

fn in_class(c: char, ranges: &[(char, char)], negated: bool) -> bool {
    let inside = ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok();
    inside != negated
}

#[cfg(test)]
mod tests {
    use super::*;

    static LOWER: Node = Node::Class { ranges: &[('a', 'z')], negated: false };
    static LETTERS: Node = Node::Class { ranges: &[('A', 'Z'), ('a', 'z')], negated: false };

    #[test]
    fn patterns_search_unless_anchored() {
        static SEARCH: Pattern =
            Pattern::new("[a-z]+", "(?:[a-z]){1,}", &Node::Repeat { node: &LOWER, min: 1, max: u32::MAX });
        static ANCHORED: Pattern = Pattern::new(
            "^[a-zA-Z]*$",
            r"\A(?:[A-Za-z]){0,}\z",
            &Node::Concat(&[
                Node::Look(Look::Start),
                Node::Repeat { node: &LETTERS, min: 0, max: u32::MAX },
                Node::Look(Look::End),
            ]),
        );
        assert!(SEARCH.is_match("AWS-aws"));
        assert!(!SEARCH.is_match("AWS-"));
        assert!(!ANCHORED.is_match("AWS-aws"));
        assert!(ANCHORED.is_match("Sandbox"));
        assert!(ANCHORED.is_match(""));
    }

    #[test]
    fn optional_groups_counted_classes_and_alternations() {
        // `^(arn:[a-z]+:)?(pma|rs)-[a-z]{3}$`
        static ARN: Node = Node::Concat(&[
            Node::Literal("arn:"),
            Node::Repeat { node: &LOWER, min: 1, max: u32::MAX },
            Node::Literal(":"),
        ]);
        static TREE: Node = Node::Concat(&[
            Node::Look(Look::Start),
            Node::Repeat { node: &ARN, min: 0, max: 1 },
            Node::Alternation(&[Node::Literal("pma"), Node::Literal("rs")]),
            Node::Literal("-"),
            Node::Repeat { node: &LOWER, min: 3, max: 3 },
            Node::Look(Look::End),
        ]);
        let matches = |s: &str| Walk::new(s).search(&TREE);
        for yes in ["pma-abc", "rs-xyz", "arn:aws:pma-abc", "arn:x:rs-abc"] {
            assert_eq!(matches(yes), Some(true), "{yes}");
        }
        for no in ["pma-ab", "pma-abcd", "arn:pma-abc", "arn:aws:pma-ab1", "xpma-abc", "pma_abc", ""] {
            assert_eq!(matches(no), Some(false), "{no}");
        }
    }

    #[test]
    fn negated_unicode_classes_and_boundaries() {
        static CONTROL: Node = Node::Class { ranges: &[('\0', '\u{1F}'), ('\u{7F}', '\u{7F}')], negated: true };
        static TREE: Node = Node::Concat(&[
            Node::Look(Look::Start),
            Node::Repeat { node: &CONTROL, min: 0, max: u32::MAX },
            Node::Look(Look::End),
        ]);
        assert_eq!(Walk::new("Équipe 7 · ops").search(&TREE), Some(true));
        assert_eq!(Walk::new("tab\there").search(&TREE), Some(false));
        static WORD: Node = Node::Concat(&[Node::Look(Look::WordBoundary), Node::Literal("ab")]);
        assert_eq!(Walk::new("x ab").search(&WORD), Some(true));
        assert_eq!(Walk::new("xab").search(&WORD), Some(false));
    }

    #[test]
    fn walks_that_would_backtrack_long_give_way_to_regex_lite() {
        // `^(a|aa)*$` on a long run of `a` then `b`: exponential to backtrack.
        static A_OR_AA: Node = Node::Alternation(&[Node::Literal("a"), Node::Literal("aa")]);
        static TREE: Node = Node::Concat(&[
            Node::Look(Look::Start),
            Node::Repeat { node: &A_OR_AA, min: 0, max: u32::MAX },
            Node::Look(Look::End),
        ]);
        static PATTERN: Pattern = Pattern::new("^(a|aa)*$", r"\A(?:(?:a|aa)){0,}\z", &TREE);
        let text = format!("{}b", "a".repeat(60));
        assert_eq!(Walk::new(&text).search(&TREE), None, "the walk gives up");
        assert!(!PATTERN.is_match(&text));
        assert!(PATTERN.is_match(&"a".repeat(60)));
        // A program that does not compile matches nothing.
        static BROKEN: Pattern = Pattern::new("^[a-z$", "[a-z", &TREE);
        assert!(!BROKEN.is_match(&text));
    }
}
