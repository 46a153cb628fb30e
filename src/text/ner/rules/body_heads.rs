//! Indonesian bodies by the word that heads their name, where the tagger missed them or read
//! only the region: a capitalised head ([`is_head`], or "Rumah Sakit", a hospital's two words,
//! with a word of its own name after them) and the capitalised run after it are
//! one organisation ("Kejari Lhoksukon", "Polda Aceh", "DPRD DKI Jakarta", "Kementerian
//! Pertanian", "Timnas Indonesia": a national team; "Serikat Petani Indonesia", a union), the
//! region inside it included (CONVENTIONS: a name inside a longer name is part of it). Only
//! heads that name a body whatever follows; "Kantor", "Sekolah" or "Gerakan" may head a
//! building or an event and are left to the tagger, "Dewan" and "Komisi" a party's council or
//! a parliament's commission that the corpora leave unmarked.

use super::*;

/// Heads that make a body of the capitalised run after them (a subset of `ORG_HEADS_ID`:
/// "Bank Indonesia", the central bank, not the country), with the shortenings of regional
/// offices and missions ("KPU Jawa Barat", "BPBD Kabupaten Bogor", "KBRI Ankara", "PN Jakarta
/// Selatan", "Dinas Kesehatan") and of hospitals ("RSUD Sleman", "Puskesmas Kalasan":
/// CONVENTIONS counts hospitals as bodies). Sorted.
static BODY_HEADS_ID: WordList = WordList::new(
    "bank bawaslu bnnk bnnp bpbd bps dinas dinkes disdik dishub dprd kanwil kbri kejaksaan \
     kejari kejati kementerian kepolisian kjri kodam kodim korem kpu kpud mahkamah partai \
     pemkab pemkot pemprov pengadilan pn polda polres polresta polrestabes polsek ptun \
     puskesmas rs rsia rsj rspad rsud rsup timnas universitas",
);

/// Heads of many kinds of body (a subset of `ORG_HEADS_ID` too), which name one only with a
/// word of its own after them, not with a place alone ("Serikat Petani Indonesia", not
/// "Federasi Rusia"). Sorted.
static GENERAL_HEADS_ID: WordList = WordList::new(
    "akademi asosiasi badan bursa federasi himpunan ikatan institut lembaga majelis \
     perhimpunan serikat yayasan",
);

/// Of those, the shortenings of regional offices and missions: their name ends after the
/// region's place and its compass point ("PN Jakarta Selatan", "KPU Jawa Barat", "KBRI
/// Ankara"; the name of a party or a university may go on after a place: "Partai Demokrasi
/// Indonesia Perjuangan"). Sorted.
static REGIONAL_HEADS_ID: WordList = WordList::new(
    "bawaslu bnnk bnnp bpbd bps dinas dinkes disdik dishub kanwil kbri kjri kpu kpud pn ptun",
);

/// Words that say what kind of hospital a "Rumah Sakit" is, not which ("Rumah Sakit Umum
/// Daerah", "Rumah Sakit Jiwa", "Rumah Sakit Ibu dan Anak"). General vocabulary, written for
/// baca. Sorted.
static HOSPITAL_KINDS_ID: WordList =
    WordList::new("anak bersalin daerah ibu jiwa khusus militer pusat rujukan swasta tentara umum");

/// Whether `word` heads a body's name here ([`BODY_HEADS_ID`], [`GENERAL_HEADS_ID`]).
fn is_head(word: &str) -> bool {
    BODY_HEADS_ID.contains(word) || GENERAL_HEADS_ID.contains(word)
}

/// The most words after the head.
const MAX_WORDS: usize = 5;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, lang, n) = (c.words, c.lang, c.words.len());
    if !matches!(lang.code(), Some("id" | "ms")) {
        return;
    }
    let mut k = 0;
    while k + 1 < n {
        let head = words[k];
        // "Rumah Sakit", a hospital, is a head of two words (both capitalised: "Rumah sakit
        // itu" opens a sentence).
        let hospital = super::super::opens_hospital(words, k, lang)
            && capitalised(head)
            && c.capitalised(k + 1);
        // A head of two letters is an acronym only in capitals ("PN", not Malay "Pn", Puan);
        // "Dinas" after a capitalised noun is a word of another name ("Pakaian Dinas Harian").
        if !hospital
            && (!capitalised(head)
                || !is_head(head)
                || head.len() <= 2 && !super::super::is_acronym(head)
                || head == "Dinas" && k > 0 && c.capitalised(k - 1) && !opens(words, k - 1))
        {
            k += 1;
            continue;
        }
        let head_end = if hospital { k + 2 } else { k + 1 };
        let regional = REGIONAL_HEADS_ID.contains(head);
        // No day or month ("RS Selasa": a suspect's initials, then the day).
        let part = |t: usize| {
            let w = words[t];
            c.capitalised(t)
                && (is_name_word(w) || super::super::is_acronym(w))
                && !c.function(t)
                && !c.title(t)
                // "Bank" right after another head is a word of that body's name ("Himpunan
                // Bank Milik Negara", an association of banks).
                && (!is_head(w) || w == "Bank" && t == head_end && !hospital)
                && !is_trap(w, lang)
        };
        // The run stops where a person or another body begins ("Partai Golkar Aburizal
        // Bakrie": the party, then its chairman), also a person the tagger was unsure of
        // ("Kepala Badan Pangan Nasional Arief Prasetyo Adi"); a place it takes in ("Polda
        // Aceh").
        let named = |t: usize| {
            spans
                .iter()
                .any(|s| s.0 <= t && t < s.1 && s.2 != EntityKind::Place)
                || t > head_end && c.unsure_people.iter().any(|u| u.0 == t)
        };
        // In a headline capitals say nothing: the run ends after a place ("Timnas Indonesia
        // Kalahkan Vietnam" is "Timnas Indonesia"), and without one there is none.
        let mut end = head_end;
        let mut past_place = false;
        while end < n && end - head_end < MAX_WORDS && part(end) && !named(end) {
            // After a regional office's place only its compass point ("Jakarta Selatan").
            if regional
                && past_place
                && !c.in_place(end)
                && !super::super::DIRECTIONS_ID.contains(words[end])
            {
                break;
            }
            past_place |= c.in_place(end);
            end += 1;
            if c.title_case && c.in_place(end - 1) && !c.in_place(end) {
                break;
            }
        }
        if c.title_case && !(head_end..end).any(|t| c.in_place(t)) {
            end = head_end;
        }
        // A head of many kinds of body needs a word of the name's own: "Federasi Rusia" is the
        // country, "Bursa Asia" the markets of a continent.
        // (The run holds no span but places: `named` ends it at any other.)
        let only_a_place =
            GENERAL_HEADS_ID.contains(head) && (head_end..end).all(|t| c.held(spans, t));
        // A span that starts before the head or runs past the run is another reading the
        // tagger or an earlier pass made: it stays ("Ketua Umum Partai Golkar Aburizal Bakrie"
        // is the tagger's to split).
        // A hospital's run needs a word of its own name: "Rumah Sakit Umum Daerah setempat"
        // names none.
        let only_kinds = hospital && (head_end..end).all(|t| HOSPITAL_KINDS_ID.contains(words[t]));
        if end > head_end && !only_a_place && !only_kinds {
            put_within(spans, k, end, EntityKind::Organization);
        }
        k = end.max(k + 1);
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_hospital_is_its_two_words_and_the_run_after_them() {
        // CONVENTIONS: hospitals as institutions are organisations.
        let words = ["di", "Rumah", "Sakit", "Pusat", "Pertamina", ",", "Jakarta"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 5, Organization)]);
        let spans = [(1, 5, Place)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(1, 5, Organization)]
        );
        // Not the common noun opening a sentence, nor the two words alone, nor in English.
        let words = ["Rumah", "sakit", "Pertamina", "penuh"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["ke", "Rumah", "Sakit", ",", "lalu"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["ke", "Rumah", "Sakit", "Umum", "Daerah", "setempat"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["the", "Rumah", "Sakit", "Pertamina"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // A person after it is no part of it.
        let words = [
            "di",
            "Rumah",
            "Sakit",
            "Bhayangkara",
            "Medan",
            "Budi",
            "Santoso",
        ];
        let spans = [(5, 7, Person)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(1, 5, Organization), (5, 7, Person)]
        );
    }

    #[test]
    fn a_bodys_head_and_the_run_after_it_are_one_organisation() {
        let words = ["ke", "Kejari", "Lhoksukon", ",", "Rabu"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 3, Organization)]);
        // The region the tagger read is inside the body's name.
        let words = ["anggota", "DPRD", "DKI", "Jakarta", "menolak"];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 4, Place)]),
            [(1, 4, Organization)]
        );
        // A bank named after its country is the bank; banks' association is one body.
        let words = ["dengan", "Bank", "Vestrika", "untuk"];
        let out = run(super::apply, &words, "id", &[(2, 3, Place)]);
        assert_eq!(out, [(1, 3, Organization)]);
        let words = [
            "anggota", "Himpunan", "Bank", "Milik", "Vestrika", "menolak",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 5, Organization)]);
    }

    #[test]
    fn a_union_or_an_institute_is_one_body_with_the_place_in_its_name_but_no_place_alone() {
        let words = ["menuturkan", ",", "Serikat", "Petani", "Indonesia", "telah"];
        let out = run(super::apply, &words, "id", &[(4, 5, Place)]);
        assert_eq!(out, [(2, 5, Organization)]);
        let words = ["mahasiswa", "Institut", "Pertanian", "Bogor", "ikut"];
        let out = run(super::apply, &words, "id", &[(3, 4, Place)]);
        assert_eq!(out, [(1, 4, Organization)]);
        // The Russian Federation, Asia's markets.
        let words = ["Presiden", "Federasi", "Rusia", "tiba"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(2, 1, "Rusia")]);
        assert!(out.is_empty(), "{out:?}");
        let words = ["Bursa", "Asia", "dibuka", "melemah"];
        let out = run(super::apply, &words, "id", &[(1, 2, Place)]);
        assert_eq!(out, [(1, 2, Place)]);
        // A council or a commission of a party or a parliament is left to the tagger ("Dewan
        // Pimpinan Pusat", "Komisi III").
        let words = ["rapat", "Komisi", "III", "DPR"];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 4, Organization)]),
            [(3, 4, Organization)]
        );
    }

    #[test]
    fn a_regional_office_or_mission_by_its_shortening_is_one_with_its_region() {
        // An embassy, an election commission, a disaster agency and a court with the region
        // they serve, over the places the tagger read.
        let words = ["keterangan", "KBRI", "Ankara", ",", "seluruh"];
        let out = run(super::apply, &words, "id", &[(2, 3, Place)]);
        assert_eq!(out, [(1, 3, Organization)]);
        let words = ["Ketua", "KPU", "Jawa", "Tengah", "menyebut"];
        let out = run(super::apply, &words, "id", &[(2, 4, Place)]);
        assert_eq!(out, [(1, 4, Organization)]);
        let words = ["Petugas", "BPBD", "Kabupaten", "Garut", "mencari"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 4, Organization)]);
        let words = ["di", "PN", "Jakarta", "Timur", "pada"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 4, Organization)]);
        let words = [
            "Kepala",
            "Dinas",
            "Kesehatan",
            "Kota",
            "Malang",
            "mengatakan",
        ];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 5, Organization)]);
        // The name ends after the region's place: a judge's name follows.
        let words = [
            "Hakim", "PN", "Jakarta", "Timur", "Budi", "Santoso", "memvonis",
        ];
        let out = run_with_places(super::apply, &words, "id", &[], &[(2, 1, "Jakarta")]);
        assert_eq!(out, [(1, 4, Organization)]);
        // Not a uniform's "Dinas", nor Malay's "Pn" (Puan).
        let words = ["mengenakan", "Pakaian", "Dinas", "Harian", "itu"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["kata", "Pn", "Siti", "Aminah", "semalam"];
        assert_eq!(run(super::apply, &words, "ms", &[]), []);
    }

    #[test]
    fn in_a_headline_the_run_ends_after_a_place() {
        use super::super::tests::run_title_case;
        let words = ["Timnas", "Indonesia", "Kalahkan", "Vietnam", "3-0"];
        let places = [(1, 1, "Indonesia"), (3, 1, "Vietnam")];
        assert_eq!(
            run_title_case(super::apply, &words, "id", &places),
            [(0, 2, Organization)]
        );
        let words = ["Polda", "Tangkap", "Pelaku", "Curanmor"];
        assert_eq!(run_title_case(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn not_a_head_alone_in_lower_case_or_across_another_reading() {
        let words = ["partai", "Golkar"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Kementerian", "itu"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Ketua", "Partai", "Golkar", "Aburizal", "Bakrie"];
        let spans = [(0, 5, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Ketua", "Partai", "Golkar", "Aburizal", "Bakrie", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 5, Person)]),
            [(1, 3, Organization), (3, 5, Person)]
        );
        let words = ["the", "Partai", "Golkar"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }

    #[test]
    fn a_hospitals_shortening_heads_a_body() {
        let words = ["dibawa", "ke", "RSUD", "Sleman", "untuk", "dirawat"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Organization)]);
        let words = ["berobat", "ke", "Puskesmas", "Kalasan", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Organization)]);
        // Rupees in another case are no hospital, nor a suspect's initials before a day.
        let words = ["harga", "Rs", "Sleman"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["menangkap", "RS", "Selasa", "(", "12/3", ")"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn the_run_ends_where_a_person_the_tagger_was_unsure_of_begins() {
        use super::super::tests::run_with_unsure;
        let words = [
            "Kepala",
            "Badan",
            "Pangan",
            "Vestrika",
            "Kari",
            "Halvorsen",
            "hadir",
        ];
        assert_eq!(
            run_with_unsure(super::apply, &words, "id", &[], &[(4, 6)]),
            [(1, 4, Organization)]
        );
        // Without it the run goes on.
        assert_eq!(
            run_with_unsure(super::apply, &words, "id", &[], &[]),
            [(1, 6, Organization)]
        );
        // Not one right after the head: the body keeps a word of its name.
        assert_eq!(
            run_with_unsure(super::apply, &words, "id", &[], &[(2, 4)]),
            [(1, 6, Organization)]
        );
    }
}
