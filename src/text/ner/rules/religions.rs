//! Religions, their branches and their followers are no names (CONVENTIONS: names of people,
//! places and organisations only; "Nationality words, demonyms … are not names"). The
//! Indonesian tagger reads "Kristen Protestan" as a person (Kristen is a given name in
//! English), and the capital a religion takes in both languages makes "Katolik", "Sunni" or
//! "Hindu" a name's candidate. A span made only of such words goes; a name with a word of its
//! own stays ("Gereja Kristen Jawa", "Partai Katolik", "Catholic Church", "Kristen Stewart").
//! A person of one such word stays unless a word for faith or its people comes before it
//! ([`CUES`]: "beragama Islam", "umat Hindu"): "Muslim" is an Indonesian given name, "Islam" a
//! Bengali surname ("Islam said"); so does a one-word name after "The" ("The Hindu", a
//! newspaper).

use super::*;

/// Indonesian and Malay words for religions, their branches and their followers. General
/// vocabulary, written for baca. Sorted.
static RELIGIONS_ID: WordList = WordList::new(
    "buddha buddhis budha hindu injili islam katholik katolik khonghucu konghucu kristen \
     muslim muslimah nasrani ortodoks protestan sunni syiah yahudi",
);

/// English words for religions, their branches and their followers ("Roman" of "Roman
/// Catholic": a span of these words only goes, and "Roman" alone is a person's as before).
/// General vocabulary, written for baca. Sorted.
static RELIGIONS_EN: WordList = WordList::new(
    "anglican baptist buddhism buddhist buddhists catholic catholicism catholics christian \
     christianity christians evangelical hindu hinduism hindus islam jewish jews judaism \
     lutheran methodist mormon mormons muslim muslims orthodox protestant protestants roman \
     shia shiite shiites sikh sikhs sunni sunnis",
);

/// Words before a religion's name or its followers' that say it is one: faith, its people,
/// its worship. General vocabulary, written for baca. Sorted.
static CUES: WordList = WordList::new(
    "agama agamanya beragama devout fellow jemaat kaum pemeluk penganut religion umat",
);

/// Whether `word` (any case) is an English word for a religion, a branch of one or its
/// followers ("Catholic", "Muslims").
pub(super) fn is_english_religion_word(word: &str) -> bool {
    crate::support::case::with_lowercase(word, |w| RELIGIONS_EN.contains(w))
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let list = match c.lang.code() {
        Some("id" | "ms") => &RELIGIONS_ID,
        Some("en") => &RELIGIONS_EN,
        _ => return,
    };
    let words = c.words;
    spans.retain(|s| {
        let religion = (s.0..s.1).all(|k| {
            capitalised(words[k])
                && crate::support::case::with_lowercase(words[k], |w| list.contains(w))
        });
        if !religion || s.1 - s.0 > 1 {
            return !religion;
        }
        let Some(&before) = s.0.checked_sub(1).and_then(|k| words.get(k)) else {
            return s.2 == EntityKind::Person;
        };
        let cue = || crate::support::case::with_lowercase(before, |w| CUES.contains(w));
        before.eq_ignore_ascii_case("the") || s.2 == EntityKind::Person && !cue()
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_religion_or_its_followers_are_no_name() {
        let words = ["mayoritas", "beragama", "Kristen", "Protestan", "."];
        assert_eq!(run(super::apply, &words, "id", &[(2, 4, Person)]), []);
        let words = ["kaum", "Syiah", "dan", "Sunni"];
        let spans = [(1, 2, Organization), (3, 4, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), []);
        let words = ["a", "Roman", "Catholic", "order"];
        assert_eq!(run(super::apply, &words, "en", &[(1, 3, Person)]), []);
        let words = ["Sunni", "Muslims", "prayed"];
        assert_eq!(run(super::apply, &words, "en", &[(0, 2, Place)]), []);
        let words = ["umat", "Hindu", "di", "Bali"];
        assert_eq!(run(super::apply, &words, "id", &[(1, 2, Person)]), []);
    }

    #[test]
    fn a_person_of_one_such_word_without_a_cue_stays() {
        let words = ["kata", "Muslim", ",", "warga", "desa"];
        let spans = [(1, 2, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Roman", "said", "on", "Monday"];
        let spans = [(0, 1, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["Islam", "said", "on", "Monday"];
        let spans = [(0, 1, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["reported", "The", "Hindu", "."];
        let spans = [(2, 3, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }

    #[test]
    fn a_name_with_a_word_of_its_own_stays() {
        let words = ["jemaat", "Gereja", "Kristen", "Jawa"];
        let spans = [(1, 4, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["aktris", "Kristen", "Stewart", "."];
        let spans = [(1, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["the", "Catholic", "Church", "said"];
        let spans = [(1, 3, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // Another language's text is left to its own rules.
        let words = ["der", "Islam", "gehört"];
        let spans = [(1, 2, Organization)];
        assert_eq!(run(super::apply, &words, "de", &spans), spans);
    }
}
