//! Places named in a list ("terasa hingga Oslo, Vestrik, dan Bergen", "in Oslo, Vestrik and
//! Bergen"): in a list of three items or more, joined by commas and a last "dan"/"and"/
//! "serta", whose other items are all places (the tagger's, or the gazetteer's where no name
//! of another kind holds them), the one item left out that is one or two capitalised name
//! words (no acronym, title or function word; one word of three letters at least) is a place
//! too. Two places and one more word without a joiner are no list ("Oslo, Bergen, Senin" ends
//! in a dateline's weekday); a name of another kind ends the list (a person, a body); the free
//! item opens no sentence ("Sebelumnya, Oslo dan Bergen …") and is followed by no capital
//! (the start of a longer name: "…, dan Kota Bergen" where only "Bergen" is known).

use super::*;

/// The most words the free item holds.
const MAX_WORDS: usize = 2;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    // A list of places needs two: most windows have none.
    let placed = spans.iter().filter(|s| s.2 == EntityKind::Place).count() + c.places.len();
    if placed < 2 {
        return;
    }
    // The place that starts at `t`, as a span or the gazetteer's (where no span of another
    // kind holds it, and it is no people's or language's name: "berbahasa Jerman"): its end.
    let other = |a: usize, b: usize| {
        spans
            .iter()
            .any(|s| s.0 < b && a < s.1 && s.2 != EntityKind::Place)
    };
    let place_at = |t: usize| {
        spans
            .iter()
            .find(|s| s.0 == t && s.2 == EntityKind::Place)
            .map(|s| s.1)
            .or_else(|| {
                c.places
                    .iter()
                    .find(|p| {
                        p.0 == t
                            && !other(p.0, p.0 + p.1)
                            && !super::demonyms::is_demonym(words, p.0, p.2.kind, c.lang)
                    })
                    .map(|p| p.0 + p.1)
            })
    };
    let mut found = Vec::new();
    let mut k = 0;
    while k < n {
        // Items: places, and runs of name words (`enumerations::read_list`).
        let list = super::enumerations::read_list(c, k, |at| match place_at(at) {
            Some(end) => end,
            None => {
                let mut e = at;
                while e < n && e - at < MAX_WORDS && c.name_part(e) && !c.held(spans, e) {
                    e += 1;
                }
                e
            }
        });
        let items: Vec<(usize, usize, bool)> = list
            .items
            .iter()
            .map(|&(a, b)| (a, b, place_at(a) == Some(b)))
            .collect();
        // The list ends where its last item does, with "dan" before that item.
        let joined = items.len() >= 3 && list.joined;
        let list_opens = list.opens;
        let free: Vec<_> = items.iter().filter(|i| !i.2).collect();
        // The free item is a whole name: no capital nor name after it (no longer run cut
        // short), and not a sentence's first word.
        if let [&(a, b, _)] = free[..] {
            let whole = (b == n || !(c.capitalised(b) || c.held(spans, b))) && !opens(words, a);
            // Not an abbreviation's first part ("St" of "St. Andrews").
            let short = b - a == 1 && words[a].chars().count() < 3;
            if joined && list_opens && whole && !short {
                found.push((a, b, EntityKind::Place));
            }
        }
        k = items.last().map_or(k + 1, |i| i.1.max(k + 1));
    }
    spans.extend(found);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn an_item_left_out_of_a_list_of_places_is_one() {
        let words = ["hingga", "Oslo", ",", "Vestrik", ",", "dan", "Bergen", "."];
        let spans = [(1, 2, Place), (6, 7, Place)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(1, 2, Place), (6, 7, Place), (3, 4, Place)]
        );
        // The gazetteer's places count as the tagger's do, not where a body holds one, nor
        // as a language's name.
        let places = [(1, 1, "Norway"), (3, 1, "Sweden")];
        let words = ["in", "Norway", ",", "Sweden", "and", "Vestrika", "."];
        assert_eq!(
            run_with_places(super::apply, &words, "en", &[], &places),
            [(5, 6, Place)]
        );
        let spans = [(3, 4, Organization)];
        assert_eq!(
            run_with_places(super::apply, &words, "en", &spans, &places),
            spans
        );
        let words = [
            "fasih",
            "berbahasa",
            "Norway",
            ",",
            "Vestrika",
            ",",
            "dan",
            "Sweden",
        ];
        let places = [(2, 1, "Norway"), (7, 1, "Sweden")];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &places),
            []
        );
    }

    #[test]
    fn not_without_a_joiner_nor_with_another_kind_in_the_list() {
        // A dateline's weekday after two places.
        let words = ["di", "Oslo", ",", "Bergen", ",", "Senin", "(", "12/2", ")"];
        let spans = [(1, 2, Place), (3, 4, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // A person in the list.
        let words = [
            "Oslo",
            ",",
            "Bergen",
            ",",
            "Kari",
            "Halvorsen",
            "dan",
            "Vestrik",
        ];
        let spans = [(0, 1, Place), (2, 3, Place), (4, 6, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // Two free items.
        let words = ["Oslo", ",", "Vestrik", ",", "Halvor", "dan", "Bergen"];
        let spans = [(0, 1, Place), (6, 7, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn only_a_whole_name_that_opens_no_sentence() {
        // A longer run cut short, by the item's length or by a place inside it.
        let words = ["Oslo", ",", "Bergen", "dan", "Vestrik", "Nord", "Halvor"];
        let spans = [(0, 1, Place), (2, 3, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = [
            "di", "Oslo", ",", "Bergen", ",", "dan", "Kota", "Vestrik", ".",
        ];
        let spans = [(1, 2, Place), (3, 4, Place), (7, 8, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // A sentence's first word.
        let words = ["Sebelumnya", ",", "Oslo", "dan", "Bergen", "menolak"];
        let spans = [(2, 3, Place), (4, 5, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // An abbreviation's first part ("St" of "St. Andrews").
        let words = ["Oslo", ",", "Bergen", ",", "and", "St", ".", "Vestrik"];
        let spans = [(0, 1, Place), (2, 3, Place)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }
}
