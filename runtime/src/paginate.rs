//! Paginators: a list operation as a stream of pages, or of items.
//!
//! Each page's next token goes into the next request; a page without one ends the stream. A
//! service that hands back a token it already sent would loop forever, so the stream ends with
//! [`Error::Pagination`] instead.

use std::collections::HashSet;
use std::pin::Pin;

use futures_core::Stream;
use futures_util::stream::{self, StreamExt};

use crate::client::{Client, Response};
use crate::error::{Error, PaginationError};
use crate::operation::{Operation, SendsOperationsOf};
use crate::shape::Shape;
use crate::validate::Violations;

/// A list operation whose output is paged, as `#[aws_operation(paginator(...))]` declares.
pub trait Paginated: Operation + Clone {
    /// One element of a page.
    type Item: Send + 'static;
    /// What the pages are chained by: a string, a map (DynamoDB's `LastEvaluatedKey`) or a
    /// structure; for a listing chained by several tokens, a tuple of them, each optional.
    type Token: PageToken;
    /// Sets the token of the page to fetch.
    fn set_token(&mut self, token: Option<Self::Token>);
    /// Sets the page size, where the operation has one.
    fn set_page_size(&mut self, size: i32);
    /// The token of the next page, if there is one.
    fn next_token(output: &Self::Output) -> Option<Self::Token>;
    /// The page's items.
    fn into_items(output: Self::Output) -> Vec<Self::Item>;
}

/// What chains one page to the next: one token, or a tuple of several, each optional (S3's
/// ListMultipartUploads resumes from a key marker and an upload id marker).
pub trait PageToken: Clone + Send + 'static {
    /// The token as text, for the repeated-token check and its error: a string as it is,
    /// anything else as JSON; several tokens are joined by newlines, an absent one empty.
    fn text(&self) -> String;
}

impl<T: Shape + Clone + Send + 'static> PageToken for T {
    fn text(&self) -> String {
        token_text(self)
    }
}

macro_rules! token_tuple {
    ($($t:ident . $i:tt),+) => {
        impl<$($t: Shape + Clone + Send + 'static),+> PageToken for ($(Option<$t>,)+) {
            fn text(&self) -> String {
                [$(self.$i.as_ref().map(token_text).unwrap_or_default()),+].join("\n")
            }
        }
    };
}

token_tuple!(A.0, B.1);
token_tuple!(A.0, B.1, C.2);

/// The items of an output member: `Vec<T>` or `Option<Vec<T>>`.
pub trait IntoItems<T> {
    /// The items, none if absent.
    fn into_items(self) -> Vec<T>;
}

impl<T> IntoItems<T> for Vec<T> {
    fn into_items(self) -> Vec<T> {
        self
    }
}

impl<T> IntoItems<T> for Option<Vec<T>> {
    fn into_items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

/// An output's token member, `T` or `Option<T>`, as the input's token type `T`: absent, and
/// empty (an empty string, map or list), mean the last page.
#[diagnostic::on_unimplemented(
    message = "the paginator's output token `{Self}` does not hold the input token's type `{T}`",
    label = "this member must be `{T}` or `Option<{T}>`, as the input's token is"
)]
pub trait TokenOf<T> {
    /// The token, if the page has one.
    fn token(&self) -> Option<T>;
}

impl<T: Shape + Clone> TokenOf<T> for T {
    fn token(&self) -> Option<T> {
        (!is_last(self)).then(|| self.clone())
    }
}

impl<T: Shape + Clone> TokenOf<T> for Option<T> {
    fn token(&self) -> Option<T> {
        self.as_ref().and_then(TokenOf::token)
    }
}

/// Whether another page follows, from the output's `more_results` flag (`IsTruncated`): `bool`
/// or `Option<bool>`, absent meaning no, as botocore reads it.
pub fn more_results<M: MoreResults>(flag: &M) -> bool {
    flag.more()
}

/// A paginator's `more_results` member.
#[diagnostic::on_unimplemented(
    message = "a paginator's `more_results` member is `bool` or `Option<bool>`, not `{Self}`"
)]
pub trait MoreResults {
    /// Whether it says another page follows.
    fn more(&self) -> bool;
}

impl MoreResults for bool {
    fn more(&self) -> bool {
        *self
    }
}

impl MoreResults for Option<bool> {
    fn more(&self) -> bool {
        self.unwrap_or(false)
    }
}

/// The next token of a page, from the output's token member.
pub fn page_token<T, F: TokenOf<T>>(member: &F) -> Option<T> {
    member.token()
}

/// Whether a token says there is no next page: it is empty.
fn is_last<T: Shape>(token: &T) -> bool {
    matches!(crate::shape::to_json(token).as_str(), "\"\"" | "{}" | "[]" | "null")
}

/// A token as text, for the repeated-token check and its error: a string as it is, anything
/// else as JSON.
fn token_text<T: Shape>(token: &T) -> String {
    let json = crate::shape::to_json(token);
    serde_json::from_str::<String>(&json).unwrap_or(json)
}

/// A stream that can be polled with `.next().await` directly (it is `Unpin`).
pub type BoxStream<T> = Pin<Box<dyn Stream<Item = T> + Send>>;

/// What a paginator's page stream yields.
pub type PageResult<O> = Result<Response<<O as Operation>::Output>, Error<<O as Operation>::Error>>;

/// Pages of one list call. Build it with `client.paginate(input)` or a fluent builder's
/// `into_paginator()`.
#[must_use]
pub struct Paginator<S, O> {
    client: Client<S>,
    input: Result<O, Violations>,
    page_size: Option<i32>,
}

enum State<S, O: Operation> {
    Next { client: Client<S>, input: O, seen: HashSet<String> },
    Failed(Error<<O as Operation>::Error>),
    Done,
}

impl<S: SendsOperationsOf<O::Service>, O: Paginated> Paginator<S, O> {
    /// Pages of `input`; an input that failed to build is reported by the first item.
    pub fn new(client: Client<S>, input: Result<O, Violations>) -> Self {
        Self { client, input, page_size: None }
    }

    /// Items per page. Default: the service's default.
    pub fn page_size(mut self, size: i32) -> Self {
        self.page_size = Some(size);
        self
    }

    /// Each page as it arrives.
    pub fn pages(self) -> BoxStream<PageResult<O>> {
        let state = match self.input {
            Ok(mut input) => {
                if let Some(size) = self.page_size {
                    input.set_page_size(size);
                }
                State::Next { client: self.client, input, seen: HashSet::new() }
            }
            Err(violations) => State::Failed(Error::InvalidInput(violations)),
        };
        Box::pin(stream::unfold(state, |state| async move {
            match state {
                State::Done => None,
                State::Failed(e) => Some((Err(e), State::Done)),
                State::Next { client, mut input, mut seen } => match client.send(input.clone()).await {
                    Err(e) => Some((Err(e), State::Done)),
                    Ok(page) => {
                        let next = match O::next_token(&page) {
                            None => State::Done,
                            Some(token) if !seen.insert(token.text()) => {
                                let token = token.text();
                                State::Failed(Error::Pagination(PaginationError::RepeatedToken { token }))
                            }
                            Some(token) => {
                                input.set_token(Some(token));
                                State::Next { client, input, seen }
                            }
                        };
                        Some((Ok(page), next))
                    }
                },
            }
        }))
    }

    /// Every item of every page.
    pub fn items(self) -> BoxStream<Result<O::Item, Error<O::Error>>> {
        Box::pin(self.pages().flat_map(|page| {
            let items: Vec<Result<O::Item, Error<O::Error>>> = match page {
                Ok(page) => O::into_items(page.into_inner()).into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            };
            stream::iter(items)
        }))
    }
}
