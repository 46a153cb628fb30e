//! The names listed apart ([`crate::text::Candidate`], from [`super::weak`]) as the reader gets
//! them, once the page's names are linked: a place whose head noun names a body listed as an
//! organisation, each name once, none the page's entities already name.
//!
//! Bound: at most [`super::weak::LISTED`] names, each compared with the others and once with
//! every mention, name and alias of the entities: linear in the page's marks.

use super::{WordList, ORG_HEADS_ID};
use crate::support::case::lower_chars;
use crate::text::lang::Lang;
use crate::text::{Candidate, Entity, EntityKind};

/// Head nouns that name a body whatever comes before them, in English ("Stanford University",
/// "Tyre Company"): not those that end people's and places' names too ("Samantha Power",
/// "West Bank", "Lincoln Memorial"). General vocabulary. Sorted.
static BODY_HEADS_EN: WordList = WordList::new(
    "agency association authority commission committee company corporation council foundation \
     institute ministry organisation organization party union university",
);

/// Whether a name of two words or more says by its head noun that it is a body's: the last
/// word in English ([`BODY_HEADS_EN`]), the first in Indonesian and Malay ("Yayasan …",
/// [`ORG_HEADS_ID`]) or the last as in English (Indonesian news names foreign bodies in their
/// own words: "Stanford University").
fn names_a_body(name: &str, lang: Lang) -> bool {
    let mut words = name.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    match lang.code() {
        Some("en") => BODY_HEADS_EN.contains(last),
        Some("id" | "ms") => ORG_HEADS_ID.contains(first) || BODY_HEADS_EN.contains(last),
        _ => false,
    }
}

/// The names listed apart as the reader gets them: a place the tagger guessed whose head noun
/// names a body ([`names_a_body`]) as an organisation (a person stays one: "Samantha Power");
/// each name once in any letter case and kind (the first listed stays, with the others'
/// readings added); none that `entities` already name ([`unlisted_if_named`]).
pub(super) fn tidy(candidates: &mut Vec<Candidate>, entities: &[Entity], lang: Lang) {
    for c in candidates.iter_mut() {
        if c.kind == EntityKind::Place && names_a_body(&c.name, lang) {
            c.kind = EntityKind::Organization;
        }
    }
    // At most [`super::weak::LISTED`] of them: pairwise costs no more than a table.
    let mut k = 0;
    while k < candidates.len() {
        match (0..k).find(|&j| same_name(&candidates[j].name, &candidates[k].name)) {
            Some(j) => {
                let twin = candidates.remove(k);
                candidates[j].readings += twin.readings;
            }
            None => k += 1,
        }
    }
    unlisted_if_named(candidates, entities);
}

/// Whether two names are one in any letter case (with `support::case`: no Unicode tables of
/// the standard library in the wasm).
fn same_name(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(lower_chars)
        .eq(b.chars().flat_map(lower_chars))
}

/// Drops the candidates a mark of `entities` overlaps (a repeat found later, an alias) or
/// whose text is an entity's name or alias in other letter case: the reader has its card.
/// Linear in the mentions, for the few [`super::weak::LISTED`] candidates.
fn unlisted_if_named(candidates: &mut Vec<Candidate>, entities: &[Entity]) {
    if candidates.is_empty() {
        return;
    }
    let mut covered = vec![false; candidates.len()];
    for e in entities {
        for m in &e.mentions {
            for (c, hit) in candidates.iter().zip(covered.iter_mut()) {
                *hit |= c.mention.block == m.block
                    && c.mention.span.start < m.span.end
                    && m.span.start < c.mention.span.end;
            }
        }
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            for (c, hit) in candidates.iter().zip(covered.iter_mut()) {
                *hit |= !*hit && same_name(&c.name, name);
            }
        }
    }
    let mut covered = covered.into_iter();
    candidates.retain(|_| !covered.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_listed_name_is_a_body_by_its_head_noun_where_the_language_puts_it() {
        use crate::text::lang::Lang;
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("data/en.txt"));
        let (en, id) = (Lang::from_tag("en"), Lang::from_tag("id"));
        assert!(super::names_a_body("Stanford University", en));
        assert!(super::names_a_body("Yayasan Harapan Kita", id));
        assert!(super::names_a_body("Stanford University", id));
        // One word, the head noun at the other end, a head that ends people's and places'
        // names too, or a language without the rule: no.
        assert!(!super::names_a_body("University", en));
        assert!(!super::names_a_body("University Park", en));
        assert!(!super::names_a_body("Harapan Yayasan", id));
        assert!(!super::names_a_body("West Bank", en));
        assert!(!super::names_a_body("Samantha Power", en));
        assert!(!super::names_a_body(
            "Stanford University",
            Lang::from_tag("de")
        ));
    }

    #[test]
    fn listed_names_come_once_a_place_a_body_by_its_head_a_person_as_guessed() {
        use crate::text::lang::Lang;
        use crate::text::{Candidate, EntityKind, MentionRef, Span};
        let c = |name: &str, kind, start| Candidate {
            name: name.to_owned(),
            kind,
            mention: MentionRef {
                block: 0,
                span: Span::new(start, start + name.len()),
            },
            readings: 1,
        };
        let mut list = vec![
            c("Stanford University", EntityKind::Place, 0),
            c("Brevik Hollow", EntityKind::Person, 30),
            c("BREVIK HOLLOW", EntityKind::Place, 60),
            c("Union Party", EntityKind::Person, 90),
        ];
        super::tidy(&mut list, &[], Lang::from_tag("en"));
        let got: Vec<_> = list
            .iter()
            .map(|c| (c.name.as_str(), c.kind, c.readings))
            .collect();
        assert_eq!(
            got,
            [
                ("Stanford University", EntityKind::Organization, 1),
                ("Brevik Hollow", EntityKind::Person, 2),
                ("Union Party", EntityKind::Person, 1),
            ]
        );
    }
}
