//! General utilities the text core and the reader share, outside the library's public API:
//! Unicode case and character classes from compact tables (`case`, `chars`), the small JSON
//! reader and writer of glossary and saved-work files (`json`), and the FNV hasher of every map
//! and set (`hash`). Each keeps its test against what it replaces (the standard library, or
//! serde_json in the tests).

pub mod case;
pub mod chars;
pub mod hash;
pub mod json;
