//! A country's code written right before a currency's sign names the currency, not the
//! country: "US$ 2,5 miliar", "A$ 12 million", "HK$" (CONVENTIONS: currencies are not
//! annotated). Indonesian and English business news write "US$" in most paragraphs, and the
//! gazetteer and the tagger both read its "US" as the United States. A name whose last token
//! is glued to a "$" after it is none: asked where a window's names and the gazetteer's places
//! are kept (`detect::window_mentions`) and where the page's names are searched again
//! (`Repeats::block`: "US$" on a page about the US). Not a code with a space before the sign ("US $ 5": a sign of its own after a
//! country, as tables write it) nor after a sign ("$US", rare in news).

use crate::text::ner::Token;

/// Whether `next`, the token after a name that ends at byte `end` of `text`, is a currency's
/// sign written right after it, with no space: the name is a currency's code ("US" of "US$").
pub(in super::super) fn before_sign(text: &str, end: usize, next: Option<Token>) -> bool {
    next.is_some_and(|t| t.start == end && t.text(text) == "$")
}

#[cfg(test)]
mod tests {
    use crate::text::ner::token::tokenize;

    /// Whether the name of the tokens before token `j` is a currency's code.
    fn before(text: &str, j: usize) -> bool {
        let tokens = tokenize(text);
        super::before_sign(text, tokens[j - 1].end, tokens.get(j).copied())
    }

    #[test]
    fn a_code_glued_to_the_sign_is_a_currencys() {
        // "US" "$" "2,5" …: the name "US" ends before token 1.
        assert!(before("US$ 2,5 miliar", 1));
        assert!(before("naik ke US$2.400 per ons", 3));
        // Not with a space before the sign, nor a token that is no sign.
        assert!(!before("US $ 5", 1));
        assert!(!before("US dollars", 1));
        assert!(!before("the US", 2));
    }
}
