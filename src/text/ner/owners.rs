//! "Yoon’s People Power Party", "China’s Communist Party": an organisation's name that opens with
//! a possessive whose word names a person on the page, or a place the gazetteer knows, is that
//! person's or place's mention followed by the organisation's name (CONVENTIONS: a possessive is
//! outside a name). Without such an owner the name stays whole: "People’s Bank of China",
//! "McDonald’s Corporation" (no person "People" or "McDonald" on the page), and a brand's name
//! whose rest has no body's head noun: "Victoria's Secret", "Lloyd's List Intelligence".
//!
//! Work: one pass over the page's marks, the people's words in a hash set.

use super::detect::{without_possessive, Raw};
use super::gazetteer::Gazetteer;
use super::{BlockText, EntityKind, FnvSet};
use crate::text::Span;

/// Splits the page's organisations that open with an owner's possessive.
pub(super) fn split(blocks: &[BlockText], raws: &mut Vec<Raw>) {
    let text = |r: &Raw| {
        blocks
            .get(r.block)
            .and_then(|b| b.text.get(r.span.start..r.span.end))
    };
    // A person's name and its first and last words ("Yoon Suk Yeol": "Yoon", "Yeol"): what a
    // possessive may name.
    let mut people: FnvSet<&str> = FnvSet::default();
    for r in raws.iter().filter(|r| r.kind == EntityKind::Person) {
        if let Some(name) = text(r) {
            let name = without_possessive(name);
            people.insert(name);
            people.extend(name.split(' ').next());
            people.extend(name.rsplit(' ').next());
        }
    }
    let gazetteer = Gazetteer::get();
    let mut added = Vec::new();
    for r in raws.iter_mut() {
        if r.kind != EntityKind::Organization {
            continue;
        }
        let Some(name) = text(r) else {
            continue;
        };
        let Some((first, rest)) = name.split_once(' ') else {
            continue;
        };
        let owner = without_possessive(first);
        if owner.len() == first.len() || !rest.starts_with(char::is_uppercase) {
            continue;
        }
        // The rest must be a body's name by its head noun (compromise's, or a party: "People
        // Power Party"), and more than the head alone ("Yoon’s Party"): a brand's possessive is
        // its name's ("Victoria's Secret", "Lloyd's List Intelligence").
        if !rest.contains(' ')
            || !rest
                .split(' ')
                .any(|w| super::is_org_head(w) || w == "Party")
        {
            continue;
        }
        let place = gazetteer.lookup(owner);
        let kind = if people.contains(owner) {
            EntityKind::Person
        } else if place.is_some() {
            EntityKind::Place
        } else {
            continue;
        };
        added.push(Raw {
            block: r.block,
            span: Span::new(r.span.start, r.span.start + owner.len()),
            kind,
            place: if kind == EntityKind::Place {
                place.map(Box::new)
            } else {
                None
            },
            origin: r.origin,
        });
        r.span.start += first.len() + 1;
    }
    if !added.is_empty() {
        raws.extend(added);
        raws.sort_by_key(|r| (r.block, r.span.start));
    }
}

#[cfg(test)]
mod tests {
    use super::super::detect::{Origin, Raw};
    use super::super::BlockText;
    use crate::text::{EntityKind, Span};

    /// The marks of `text` after the pass: each mark's text and kind. `marks`: the text of each
    /// mark before it, with its kind.
    fn split(text: &str, marks: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::text::ner::gazetteer::add_places(include_str!("data/places.txt"));
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("data/en.txt"));
        let sentences = [Span::new(0, text.len())];
        let blocks = [BlockText {
            text,
            sentences: &sentences,
        }];
        let mut raws: Vec<Raw> = marks
            .iter()
            .map(|&(m, kind)| {
                let at = text.find(m).unwrap();
                Raw {
                    block: 0,
                    span: Span::new(at, at + m.len()),
                    kind,
                    place: None,
                    origin: Origin::Model,
                }
            })
            .collect();
        super::split(&blocks, &mut raws);
        raws.iter()
            .map(|r| (text[r.span.start..r.span.end].to_string(), r.kind))
            .collect()
    }

    #[test]
    fn a_persons_or_places_possessive_is_outside_the_organisation() {
        use EntityKind::{Organization, Person, Place};
        let text =
            "President Yoon spoke. Yoon’s People Power Party and China's Communist Party met.";
        let marks = [
            ("Yoon", Person),
            ("Yoon’s People Power Party", Organization),
            ("China's Communist Party", Organization),
        ];
        let got = split(text, &marks);
        let want = [
            ("Yoon", Person),
            ("Yoon", Person),
            ("People Power Party", Organization),
            ("China", Place),
            ("Communist Party", Organization),
        ];
        let want: Vec<_> = want.iter().map(|&(t, k)| (t.to_string(), k)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn without_an_owner_on_the_page_the_name_stays_whole() {
        use EntityKind::Organization;
        let text = "The People's Bank of China and McDonald's Corporation and Yoon’s Party. \
                    Victoria's Secret and Lloyd's List Intelligence; Lloyd Austin.";
        let marks = [
            ("People's Bank of China", Organization),
            ("McDonald's Corporation", Organization),
            ("Yoon’s Party", Organization),
            ("Victoria's Secret", Organization),
            ("Lloyd's List Intelligence", Organization),
            ("Lloyd Austin", EntityKind::Person),
        ];
        let got = split(text, &marks);
        let want: Vec<_> = marks.iter().map(|&(t, k)| (t.to_string(), k)).collect();
        assert_eq!(got, want);
    }
}
