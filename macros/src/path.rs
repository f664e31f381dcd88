//! The paths of `operation_context_params`: the JMESPath subset the AWS models use (member
//! names, `a.b`, `[*]` projections, `[]` flattening, multi-select lists `[a, b]` and `keys(..)`),
//! parsed with JMESPath's binding powers so that the runtime's `PathExpr` means what JMESPath
//! means. Anything else is refused with the reason.

/// A parsed path, mirroring the runtime's `PathExpr`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    Current,
    Field(String),
    Sub(Box<Expr>, Box<Expr>),
    Project(Box<Expr>, Box<Expr>),
    Flatten(Box<Expr>),
    MultiSelect(Vec<Expr>),
    Keys(Box<Expr>),
}

impl Expr {
    /// The members the path reads from the input itself, in order, to check that they exist.
    pub fn root_members(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_root(&mut out);
        out
    }

    fn collect_root<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Current => {}
            Expr::Field(name) => out.push(name),
            // What follows `.` or a projection reads from the left's result, not from the input.
            Expr::Sub(left, _) | Expr::Project(left, _) => left.collect_root(out),
            Expr::Flatten(inner) | Expr::Keys(inner) => inner.collect_root(out),
            Expr::MultiSelect(list) => list.iter().for_each(|e| e.collect_root(out)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Ident(String),
    Dot,
    Star,
    Comma,
    LBracket,
    RBracket,
    /// `[]`
    Flatten,
    LParen,
    RParen,
    End,
}

impl Token {
    /// JMESPath's left binding powers.
    fn power(&self) -> u8 {
        match self {
            Token::Flatten => 9,
            Token::Star => 20,
            Token::Dot => 40,
            Token::LBracket => 55,
            Token::LParen => 60,
            _ => 0,
        }
    }

    fn describe(&self) -> String {
        match self {
            Token::Ident(name) => format!("`{name}`"),
            Token::Dot => "`.`".into(),
            Token::Star => "`*`".into(),
            Token::Comma => "`,`".into(),
            Token::LBracket => "`[`".into(),
            Token::RBracket => "`]`".into(),
            Token::Flatten => "`[]`".into(),
            Token::LParen => "`(`".into(),
            Token::RParen => "`)`".into(),
            Token::End => "the end".into(),
        }
    }
}

/// What the subset leaves out, named for the message.
fn unsupported(what: &str) -> String {
    format!(
        "{what} is not in the JMESPath subset `operation_context_params` supports: member names, `a.b`, `[*]`, `[]`, `[a, b]` and `keys(..)`"
    )
}

fn lex(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let token = match c {
            ' ' | '\t' | '\n' | '\r' => continue,
            '.' => Token::Dot,
            '*' => Token::Star,
            ',' => Token::Comma,
            ']' => Token::RBracket,
            '(' => Token::LParen,
            ')' => Token::RParen,
            '[' if chars.peek().map(|(_, c)| *c) == Some(']') => {
                chars.next();
                Token::Flatten
            }
            '[' => Token::LBracket,
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut end = start + c.len_utf8();
                while let Some(&(i, n)) = chars.peek() {
                    if !(n.is_ascii_alphanumeric() || n == '_') {
                        break;
                    }
                    end = i + n.len_utf8();
                    chars.next();
                }
                Token::Ident(text[start..end].to_owned())
            }
            '0'..='9' | '-' => return Err(unsupported("an index or slice")),
            '"' => return Err(unsupported("a quoted identifier")),
            '?' => return Err(unsupported("a filter")),
            '|' => return Err(unsupported("a pipe")),
            '{' => return Err(unsupported("a multi-select hash")),
            '@' => return Err(unsupported("`@`")),
            '`' | '\'' => return Err(unsupported("a literal")),
            '&' | '!' | '<' | '>' | '=' => return Err(unsupported("an operator")),
            other => return Err(format!("unexpected character `{other}`")),
        };
        tokens.push(token);
    }
    tokens.push(Token::End);
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

/// Parses a path; the message says what is wrong or unsupported.
pub fn parse(text: &str) -> Result<Expr, String> {
    let mut parser = Parser { tokens: lex(text)?, at: 0 };
    if parser.peek() == &Token::End {
        return Err("the path is empty".into());
    }
    let expr = parser.expression(0)?;
    match parser.peek() {
        Token::End => Ok(expr),
        other => Err(format!("unexpected {} after a complete path", other.describe())),
    }
}

impl Parser {
    fn peek(&self) -> &Token {
        &self.tokens[self.at]
    }

    fn peek_at(&self, offset: usize) -> &Token {
        self.tokens.get(self.at + offset).unwrap_or(&Token::End)
    }

    fn next(&mut self) -> Token {
        let token = self.tokens[self.at].clone();
        if token != Token::End {
            self.at += 1;
        }
        token
    }

    fn expect(&mut self, token: Token) -> Result<(), String> {
        match self.next() {
            found if found == token => Ok(()),
            found => Err(format!("expected {}, found {}", token.describe(), found.describe())),
        }
    }

    fn expression(&mut self, power: u8) -> Result<Expr, String> {
        let mut left = self.nud()?;
        while self.peek().power() > power {
            left = self.led(left)?;
        }
        Ok(left)
    }

    fn nud(&mut self) -> Result<Expr, String> {
        match self.next() {
            Token::Ident(name) if self.peek() == &Token::LParen => {
                self.next();
                if name != "keys" {
                    return Err(unsupported(&format!("the function `{name}`")));
                }
                let argument = self.expression(0)?;
                self.expect(Token::RParen)?;
                Ok(Expr::Keys(Box::new(argument)))
            }
            Token::Ident(name) => Ok(Expr::Field(name)),
            Token::LBracket if self.peek() == &Token::Star && self.peek_at(1) == &Token::RBracket => {
                self.at += 2;
                Ok(Expr::Project(Box::new(Expr::Current), Box::new(self.projection_rhs(Token::Star.power())?)))
            }
            Token::LBracket => self.multi_select(),
            Token::Flatten => Ok(Expr::Project(
                Box::new(Expr::Flatten(Box::new(Expr::Current))),
                Box::new(self.projection_rhs(Token::Flatten.power())?),
            )),
            Token::Star => Err(unsupported("an object wildcard `*`")),
            other => Err(format!("unexpected {}", other.describe())),
        }
    }

    fn led(&mut self, left: Expr) -> Result<Expr, String> {
        match self.next() {
            Token::Dot => Ok(Expr::Sub(Box::new(left), Box::new(self.dot_rhs(Token::Dot.power())?))),
            Token::LBracket => {
                if self.peek() == &Token::Star && self.peek_at(1) == &Token::RBracket {
                    self.at += 2;
                    let right = self.projection_rhs(Token::Star.power())?;
                    return Ok(Expr::Project(Box::new(left), Box::new(right)));
                }
                Err(unsupported("an index, slice or filter"))
            }
            Token::Flatten => {
                let right = self.projection_rhs(Token::Flatten.power())?;
                Ok(Expr::Project(Box::new(Expr::Flatten(Box::new(left))), Box::new(right)))
            }
            Token::LParen => Err("`(` follows something that is not a function name".into()),
            other => Err(format!("unexpected {}", other.describe())),
        }
    }

    /// What follows `.`: a member (with what binds tighter), or a multi-select list.
    fn dot_rhs(&mut self, power: u8) -> Result<Expr, String> {
        match self.peek() {
            Token::Ident(_) => self.expression(power),
            Token::LBracket => {
                self.next();
                self.multi_select()
            }
            Token::Star => Err(unsupported("an object wildcard `.*`")),
            other => Err(format!("expected a member name after `.`, found {}", other.describe())),
        }
    }

    /// What a projection evaluates on each element: nothing (the element), or what follows.
    fn projection_rhs(&mut self, power: u8) -> Result<Expr, String> {
        match self.peek() {
            token if token.power() < 10 => Ok(Expr::Current),
            Token::LBracket => self.expression(power),
            Token::Dot => {
                self.next();
                self.dot_rhs(power)
            }
            other => Err(format!("unexpected {} after a projection", other.describe())),
        }
    }

    /// `[a, b, ...]`, its `[` already read.
    fn multi_select(&mut self) -> Result<Expr, String> {
        let mut list = vec![self.expression(0)?];
        loop {
            match self.next() {
                Token::Comma => list.push(self.expression(0)?),
                Token::RBracket => return Ok(Expr::MultiSelect(list)),
                other => return Err(format!("expected `,` or `]` in a multi-select list, found {}", other.describe())),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str) -> Box<Expr> {
        Box::new(Expr::Field(name.into()))
    }

    fn sub(a: Box<Expr>, b: Box<Expr>) -> Box<Expr> {
        Box::new(Expr::Sub(a, b))
    }

    #[test]
    fn the_models_paths_parse_as_jmespath_groups_them() {
        assert_eq!(parse("keys(RequestItems)"), Ok(Expr::Keys(field("RequestItems"))));
        assert_eq!(
            parse("TableCreationParameters.TableName"),
            Ok(*sub(field("TableCreationParameters"), field("TableName")))
        );
        assert_eq!(
            parse("TransactItems[*].Get.TableName"),
            Ok(Expr::Project(field("TransactItems"), sub(field("Get"), field("TableName"))))
        );
        let writes =
            parse("TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]");
        let select = ["ConditionCheck", "Put", "Delete", "Update"].map(|m| *sub(field(m), field("TableName")));
        assert_eq!(
            writes,
            Ok(Expr::Project(
                Box::new(Expr::Flatten(Box::new(Expr::Project(
                    field("TransactItems"),
                    Box::new(Expr::MultiSelect(select.to_vec()))
                )))),
                Box::new(Expr::Current)
            ))
        );
        assert_eq!(writes.unwrap().root_members(), ["TransactItems"]);
    }

    #[test]
    fn projections_and_sub_expressions_nest() {
        // `a.b[*].c` projects over `b`, inside `a`.
        assert_eq!(parse("a.b[*].c"), Ok(*sub(field("a"), Box::new(Expr::Project(field("b"), field("c"))))));
        assert_eq!(parse("a[*]"), Ok(Expr::Project(field("a"), Box::new(Expr::Current))));
        assert_eq!(
            parse("a[*][*]"),
            Ok(Expr::Project(field("a"), Box::new(Expr::Project(Box::new(Expr::Current), Box::new(Expr::Current)))))
        );
        assert_eq!(parse("a[].b"), Ok(Expr::Project(Box::new(Expr::Flatten(field("a"))), field("b"))));
        assert_eq!(parse("[a, b.c]").unwrap().root_members(), ["a", "b"]);
        assert_eq!(parse("keys(a.b)").unwrap().root_members(), ["a"]);
    }

    #[test]
    fn the_rest_of_jmespath_is_refused_with_a_reason() {
        for (path, reason) in [
            ("", "the path is empty"),
            ("a[0]", "an index or slice"),
            ("a[?b]", "a filter"),
            ("a | b", "a pipe"),
            ("a.*", "an object wildcard `.*`"),
            ("*", "an object wildcard `*`"),
            ("length(a)", "the function `length`"),
            ("\"a b\"", "a quoted identifier"),
            ("{a: b}", "a multi-select hash"),
            ("a.", "expected a member name after `.`, found the end"),
            ("a b", "unexpected `b` after a complete path"),
            ("[a, b", "expected `,` or `]` in a multi-select list, found the end"),
            ("keys(a", "expected `)`, found the end"),
            ("a.b(c)", "the function `b`"),
            ("keys(a)(", "`(` follows something that is not a function name"),
            ("a#", "unexpected character `#`"),
        ] {
            let error = parse(path).unwrap_err();
            assert!(error.contains(reason), "{path}: {error}");
        }
    }
}
