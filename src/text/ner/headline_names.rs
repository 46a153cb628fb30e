//! A headline's capitals run a name on into the words after it: "Marcella Zalianty Promo
//! Pariwisata Indonesia Lewat Film" makes "Marcella Zalianty Promo" a person. Where the page
//! names the same person in running text ("Aktris Marcella Zalianty mengaku …"), a person in a
//! title-case sentence that opens with that name and goes on is that name alone: the words after
//! it are the headline's. In running text a longer name is left as it is ("Marcella Zalianty
//! Putri" may be the full name the article shortens).
//!
//! Work: two passes over the page's marks, in page order; the names in a hash set; each
//! sentence's case read at most once a pass (the last sentence's answer kept), so a page of one
//! long sentence is read twice, not once a mark.

use super::detect::{title_case, Raw};
use super::{BlockText, EntityKind, FnvSet};

/// Trims the people of title-case sentences to the names running text gives them.
pub(super) fn trim(blocks: &[BlockText], raws: &mut [Raw]) {
    let text = |r: &Raw| {
        blocks
            .get(r.block)
            .and_then(|b| b.text.get(r.span.start..r.span.end))
    };
    // The sentence of a mark, by index in its block.
    let sentence = |r: &Raw| blocks.get(r.block)?.sentence_of(r.span);
    // The marks come in page order: the last sentence's answer is the one cache needed.
    // Whether a mark opens its sentence (only spaces, quotes or brackets before it): a
    // headline's subject, not a name in a list of a caption in title case.
    let opens_sentence = |r: &Raw| {
        sentence(r).is_some_and(|(_, s)| {
            blocks[r.block].text[s.start..r.span.start]
                .chars()
                .all(|ch| !ch.is_alphanumeric())
        })
    };
    let mut last: Option<((usize, usize), bool)> = None;
    let mut is_titled = |r: &Raw| -> bool {
        let Some((k, s)) = sentence(r) else {
            return false;
        };
        match last {
            Some((at, answer)) if at == (r.block, k) => answer,
            _ => {
                let words: Vec<&str> = blocks[r.block].text[s.start..s.end]
                    .split_whitespace()
                    .collect();
                let answer = title_case(&words);
                last = Some(((r.block, k), answer));
                answer
            }
        }
    };
    // The people of running text, by their names of two or more words.
    let mut names: FnvSet<&str> = FnvSet::default();
    let people: Vec<usize> = (0..raws.len())
        .filter(|&i| raws[i].kind == EntityKind::Person)
        .collect();
    let mut long = Vec::new();
    for &i in &people {
        let Some(name) = text(&raws[i]) else { continue };
        let words = name.split(' ').count();
        if words >= 3 {
            long.push(i);
        }
        if words >= 2 && !is_titled(&raws[i]) {
            names.insert(name);
        }
    }
    if names.is_empty() {
        return;
    }
    for i in long {
        let Some(name) = text(&raws[i]) else { continue };
        // Running text writes this very name ("Sri Mulyani Indrawati"): it is whole.
        if names.contains(name) || !opens_sentence(&raws[i]) {
            continue;
        }
        // The longest known name that opens this one, ending at a word's end, where the word
        // after it is no generation's ("Donald Trump Jr.", "Paku Buwono XIII").
        let known = name
            .rmatch_indices(' ')
            .map(|(at, _)| at)
            .find(|&at| names.contains(&name[..at]));
        if let Some(at) = known {
            let next = name[at + 1..].split(' ').next().unwrap_or("");
            if !is_generation(next) && is_titled(&raws[i]) {
                raws[i].span.end = raws[i].span.start + at;
            }
        }
    }
}

/// Whether `word` says which of a family's name it is ("Jr.", "Sr", "III"), not a word after
/// the name.
fn is_generation(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    matches!(word, "Jr" | "Sr" | "Jnr" | "Snr") || super::is_regnal_number(word)
}

#[cfg(test)]
mod tests {
    use super::super::detect::{Origin, Raw};
    use super::super::BlockText;
    use crate::text::{EntityKind, Span};

    /// The people of `text`'s sentences (one a line) after the pass, `marks` before it.
    fn trim(text: &str, marks: &[&str]) -> Vec<String> {
        let mut sentences = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            sentences.push(Span::new(at, at + line.trim_end().len()));
            at += line.len();
        }
        let blocks = [BlockText {
            text,
            sentences: &sentences,
        }];
        let mut from = 0;
        let mut raws: Vec<Raw> = marks
            .iter()
            .map(|m| {
                let start = from + text[from..].find(m).unwrap();
                from = start + m.len();
                Raw {
                    block: 0,
                    span: Span::new(start, start + m.len()),
                    kind: EntityKind::Person,
                    place: None,
                    origin: Origin::Model,
                }
            })
            .collect();
        super::trim(&blocks, &mut raws);
        raws.iter()
            .map(|r| text[r.span.start..r.span.end].to_string())
            .collect()
    }

    #[test]
    fn a_headlines_person_is_the_name_running_text_gives() {
        let text = "Marcella Zalianty Promo Pariwisata Indonesia Lewat Film\n\
                    Aktris Marcella Zalianty mengaku selalu berusaha.";
        let got = trim(text, &["Marcella Zalianty Promo", "Marcella Zalianty"]);
        assert_eq!(got, ["Marcella Zalianty", "Marcella Zalianty"]);
    }

    #[test]
    fn in_running_text_or_without_the_name_it_stays() {
        let text = "Kata Marcella Zalianty Putri kepada wartawan di sana.\n\
                    Aktris Marcella Zalianty mengaku selalu berusaha.";
        let got = trim(text, &["Marcella Zalianty Putri", "Marcella Zalianty"]);
        assert_eq!(got, ["Marcella Zalianty Putri", "Marcella Zalianty"]);
        let text = "Marcella Zalianty Promo Pariwisata Indonesia Lewat Film\n\
                    Aktris Marcella mengaku selalu berusaha.";
        let got = trim(text, &["Marcella Zalianty Promo", "Marcella"]);
        assert_eq!(got, ["Marcella Zalianty Promo", "Marcella"]);
        // Nor a generation, a name running text writes whole, or a name inside a caption.
        let text = "Donald Trump Jr. Slams Critics Over Rally\n\
                    Sri Mulyani Indrawati Tegaskan APBN Aman\n\
                    Foto: Presiden Joko Widodo Dan Menkeu Sri Mulyani Indrawati Di Istana\n\
                    Kata Donald Trump dan Sri Mulyani serta Sri Mulyani Indrawati di sana.";
        let marks = [
            "Donald Trump Jr.",
            "Sri Mulyani Indrawati",
            "Sri Mulyani Indrawati",
            "Donald Trump",
            "Sri Mulyani",
            "Sri Mulyani Indrawati",
        ];
        let got = trim(text, &marks);
        assert_eq!(got, marks);
    }
}
