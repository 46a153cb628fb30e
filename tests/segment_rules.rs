//! The segmentation rules, one case per behaviour the engine promises (Indonesian first, then
//! English and others). Sentences are written for these tests; none comes from a test corpus.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use baca::text::{lang::Lang, Segmenter};

/// `(language, input, expected sentences)`; `|` separates expected sentences.
const CASES: &[(&str, &str, &str)] = &[
    // Abbreviations and chained titles.
    (
        "id",
        "Prof. Dr. Ani Lestari membuka acara.",
        "Prof. Dr. Ani Lestari membuka acara.",
    ),
    (
        "id",
        "Surat itu ditujukan kepada Yth. Bpk. Hasan di kantor.",
        "Surat itu ditujukan kepada Yth. Bpk. Hasan di kantor.",
    ),
    (
        "id",
        "Lihat hlm. 12 untuk rinciannya.",
        "Lihat hlm. 12 untuk rinciannya.",
    ),
    (
        "id",
        "Mereka membawa beras, gula, dll. Semua dibagikan gratis.",
        "Mereka membawa beras, gula, dll.|Semua dibagikan gratis.",
    ),
    (
        "id",
        "Rapat dipimpin drs. Amin dan Hj. Siti.",
        "Rapat dipimpin drs. Amin dan Hj. Siti.",
    ),
    (
        "id",
        "Pesantren itu didirikan KH. Ahmad Sanusi.",
        "Pesantren itu didirikan KH. Ahmad Sanusi.",
    ),
    (
        "id",
        "Laporan itu diserahkan ke DPR. Anggota dewan membacanya.",
        "Laporan itu diserahkan ke DPR.|Anggota dewan membacanya.",
    ),
    (
        "it",
        "Lo ha detto alla RAI. Mario non era d'accordo.",
        "Lo ha detto alla RAI.|Mario non era d'accordo.",
    ),
    (
        "en",
        "Mrs. Lee met Gen. Ortiz at St. Mary's.",
        "Mrs. Lee met Gen. Ortiz at St. Mary's.",
    ),
    (
        "en",
        "We bought pens, paper, etc. Then we went home.",
        "We bought pens, paper, etc.|Then we went home.",
    ),
    (
        "de",
        "Er kam z. B. mit dem Zug.",
        "Er kam z. B. mit dem Zug.",
    ),
    (
        "es",
        "La Sra. Gómez llegó tarde.",
        "La Sra. Gómez llegó tarde.",
    ),
    // Initials, also opening a sentence.
    (
        "id",
        "B.J. Habibie lahir di Parepare. Ia insinyur.",
        "B.J. Habibie lahir di Parepare.|Ia insinyur.",
    ),
    (
        "id",
        "Presiden B. J. Habibie berpidato.",
        "Presiden B. J. Habibie berpidato.",
    ),
    (
        "en",
        "J.R.R. Tolkien wrote it. George W. Bush read it.",
        "J.R.R. Tolkien wrote it.|George W. Bush read it.",
    ),
    (
        "en",
        "It was signed by A. B. Carter.",
        "It was signed by A. B. Carter.",
    ),
    // Numbers, money, times and dates in both conventions.
    (
        "id",
        "Inflasi naik 3,5 persen menjadi Rp 2.262,6 triliun.",
        "Inflasi naik 3,5 persen menjadi Rp 2.262,6 triliun.",
    ),
    (
        "id",
        "Kereta berangkat pukul 08.20 WIB. Penumpang sudah menunggu.",
        "Kereta berangkat pukul 08.20 WIB.|Penumpang sudah menunggu.",
    ),
    (
        "id",
        "Sidang digelar 12.09.2023 dan Selasa (12/09) lalu.",
        "Sidang digelar 12.09.2023 dan Selasa (12/09) lalu.",
    ),
    (
        "id",
        "Angkanya 3. 5 persen warga setuju.",
        "Angkanya 3. 5 persen warga setuju.",
    ),
    (
        "en",
        "The rate rose 3.5 percent to $1,200.50. Analysts were surprised.",
        "The rate rose 3.5 percent to $1,200.50.|Analysts were surprised.",
    ),
    (
        "de",
        "Wir treffen uns am 3. Oktober in Berlin.",
        "Wir treffen uns am 3. Oktober in Berlin.",
    ),
    // List markers stay with their item.
    (
        "id",
        "1. Siapkan bahan\n2. Campur semuanya\n3. Panggang",
        "1. Siapkan bahan|2. Campur semuanya|3. Panggang",
    ),
    (
        "id",
        "a) Pilih lokasi b) Hubungi panitia",
        "a) Pilih lokasi|b) Hubungi panitia",
    ),
    (
        "id",
        "Langkahnya: 1. Daftar. 2. Bayar. 3. Datang.",
        "Langkahnya:|1. Daftar.|2. Bayar.|3. Datang.",
    ),
    // Sentence ends after abbreviations when a sentence starts.
    (
        "en",
        "The firm moved to the U.S. It grew fast.",
        "The firm moved to the U.S.|It grew fast.",
    ),
    (
        "en",
        "She works for the U.S. Navy in Norfolk.",
        "She works for the U.S. Navy in Norfolk.",
    ),
    (
        "en",
        "The shop opens at 9 a.m. Customers queue early.",
        "The shop opens at 9 a.m.|Customers queue early.",
    ),
    (
        "en",
        "In the morning at 6 a.m. Dr. Reyes starts work.",
        "In the morning at 6 a.m. Dr. Reyes starts work.",
    ),
    // Ellipses, ?! runs, closing quotes and brackets.
    (
        "id",
        "Dia ragu... Akhirnya dia pergi.",
        "Dia ragu...|Akhirnya dia pergi.",
    ),
    (
        "id",
        "Benarkah?! Saya tidak percaya.",
        "Benarkah?!|Saya tidak percaya.",
    ),
    (
        "id",
        "\"Kami siap.\" Pelatih itu tersenyum.",
        "\"Kami siap.\"|Pelatih itu tersenyum.",
    ),
    (
        "id",
        "\"Kami siap. Lawan kuat,\" kata pelatih.",
        "\"Kami siap.|Lawan kuat,\" kata pelatih.",
    ),
    (
        "id",
        "\"Siapa dia?\" tanya Budi.",
        "\"Siapa dia?\" tanya Budi.",
    ),
    (
        "id",
        "Tim itu (yang menang tahun lalu.) kembali bertanding.",
        "Tim itu (yang menang tahun lalu.) kembali bertanding.",
    ),
    // URLs, e-mail addresses and domains.
    (
        "id",
        "Baca di KOMPAS.com dan p.dw.com hari ini.",
        "Baca di KOMPAS.com dan p.dw.com hari ini.",
    ),
    (
        "id",
        "Kirim ke redaksi@contoh.co.id. Kami membalas.",
        "Kirim ke redaksi@contoh.co.id.|Kami membalas.",
    ),
    (
        "en",
        "See https://example.org/a.b/c.html. It explains.",
        "See https://example.org/a.b/c.html.|It explains.",
    ),
    // Line breaks: hard where meant, joined where wrapped.
    (
        "id",
        "Foto pertama\nKeterangan foto kedua",
        "Foto pertama|Keterangan foto kedua",
    ),
    (
        "id",
        "Pemerintah menyatakan bahwa kebijakan baru\nakan berlaku mulai bulan depan.",
        "Pemerintah menyatakan bahwa kebijakan baru\nakan berlaku mulai bulan depan.",
    ),
    (
        "ja",
        "これは父の\n家です。それは母の家です。",
        "これは父の\n家です。|それは母の家です。",
    ),
    // Titles and address abbreviations before a name (scripts/data/id_titles.tsv).
    (
        "id",
        "Dia tinggal di Kab. Lima Puluh Kota sejak kecil.",
        "Dia tinggal di Kab. Lima Puluh Kota sejak kecil.",
    ),
    // A dateline or caption label in capitals opens its sentence.
    (
        "id",
        "JAKARTA. Pemerintah menaikkan harga BBM. Warga antre sejak pagi.",
        "JAKARTA. Pemerintah menaikkan harga BBM.|Warga antre sejak pagi.",
    ),
    (
        "id",
        "BERITA.COM - SURABAYA. Banjir merendam tiga kecamatan.",
        "BERITA.COM - SURABAYA. Banjir merendam tiga kecamatan.",
    ),
    (
        "id",
        "Rapat itu dihadiri wakil dari DPR. Hasilnya diumumkan besok.",
        "Rapat itu dihadiri wakil dari DPR.|Hasilnya diumumkan besok.",
    ),
    // Sign-offs and credits stay with the sentence before them.
    (
        "id",
        "Polisi masih memeriksa dua saksi. (ant/rzk)",
        "Polisi masih memeriksa dua saksi. (ant/rzk)",
    ),
    (
        "en",
        "The talks resume on Monday. (AFP)",
        "The talks resume on Monday. (AFP)",
    ),
    // Numbers in a sentence are no list; a list after a colon is.
    (
        "de",
        "Die Flut kam am 14. und 15. Juli in die Stadt.",
        "Die Flut kam am 14. und 15. Juli in die Stadt.",
    ),
    (
        "en",
        "Steps: 1. Open the box. 2. Read the guide.",
        "Steps:|1. Open the box.|2. Read the guide.",
    ),
    // After a.m./p.m.: a time zone, a day or a month goes on.
    (
        "en",
        "Polls close at 8 p.m. EST in most states.",
        "Polls close at 8 p.m. EST in most states.",
    ),
    (
        "en",
        "Officials talked until 4 a.m. Thursday to close the deal.",
        "Officials talked until 4 a.m. Thursday to close the deal.",
    ),
    (
        "en",
        "The bus left at 6 a.m. The rest of us walked.",
        "The bus left at 6 a.m.|The rest of us walked.",
    ),
    // A Title Case headline: an abbreviation before a capitalised starter is one more word.
    (
        "en",
        "Biden Says U.S. Will Send More Aid",
        "Biden Says U.S. Will Send More Aid",
    ),
    (
        "en",
        "She moved to the U.S. They followed a year later.",
        "She moved to the U.S.|They followed a year later.",
    ),
    // Scripts and languages with their own stops.
    ("hi", "यह घर है। वह स्कूल है।", "यह घर है।|वह स्कूल है।"),
    ("hy", "Նա եկավ: Մենք գնացինք:", "Նա եկավ:|Մենք գնացինք:"),
    ("el", "Πού είσαι; Εδώ είμαι.", "Πού είσαι;|Εδώ είμαι."),
    (
        "zz",
        "Unknown language. Neutral rules apply.",
        "Unknown language.|Neutral rules apply.",
    ),
];

#[test]
fn every_rule_case() {
    common::load_languages();
    let mut failures = Vec::new();
    for (lang, input, expected) in CASES {
        let got: Vec<&str> = Segmenter::new(Lang::from_tag(lang))
            .spans(input)
            .map(|s| s.slice(input))
            .collect();
        let want: Vec<&str> = expected.split('|').collect();
        if got != want {
            failures.push(format!(
                "[{lang}] {input:?}\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn terminator_table_matches_uax29() {
    use baca::text::lang::{uax29_terminator, Term};
    use unicode_segmentation::UnicodeSegmentation;
    // Regenerates the table by probing UAX #29 as implemented by unicode-segmentation.
    for cp in 0x80u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        if matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') {
            continue; // line separators: handled as line breaks
        }
        let breaks = |s: String| s.split_sentence_bounds().count() > 1;
        let expected = match (breaks(format!("a{c} B")), breaks(format!("a{c} b"))) {
            (true, true) => Some(Term::Stop),
            (true, false) => Some(Term::Period),
            _ => None,
        };
        assert_eq!(uax29_terminator(c), expected, "U+{cp:04X}");
    }
}

#[test]
fn detects_the_language_of_a_text() {
    common::load_languages();
    use baca::text::lang::detect;
    let cases = [
        ("en", "The council said on Monday that the new bridge would open to traffic next spring."),
        ("id", "Dewan kota mengatakan pada hari Senin bahwa jembatan baru itu akan dibuka tahun depan."),
        ("de", "Der Stadtrat sagte am Montag, dass die neue Brücke im nächsten Frühjahr eröffnet wird."),
        ("es", "El consejo dijo el lunes que el nuevo puente se abrirá al tráfico la próxima primavera."),
        ("fr", "Le conseil a déclaré lundi que le nouveau pont ouvrira à la circulation au printemps prochain."),
        ("it", "Il consiglio ha detto lunedì che il nuovo ponte sarà aperto al traffico la prossima primavera."),
        ("nl", "De gemeenteraad zei maandag dat de nieuwe brug volgend voorjaar voor het verkeer opengaat."),
        ("pt", "O conselho disse na segunda-feira que a nova ponte será aberta ao tráfego na próxima primavera."),
        ("ru", "Городской совет заявил в понедельник, что новый мост откроется весной."),
        ("el", "Το δημοτικό συμβούλιο είπε ότι η νέα γέφυρα θα ανοίξει την άνοιξη."),
        ("ar", "قال المجلس يوم الاثنين إن الجسر الجديد سيفتح في الربيع المقبل."),
        ("fa", "شورای شهر روز دوشنبه گفت که پل جدید در بهار آینده باز می‌شود."),
        ("hy", "Քաղաքային խորհուրդը երկուշաբթի հայտարարեց, որ նոր կամուրջը կբացվի գարնանը։"),
        ("ja", "市議会は月曜日、新しい橋が来年の春に開通すると発表した。"),
        ("zh", "市议会星期一表示新桥将于明年春天通车。"),
        ("hi", "नगर परिषद ने सोमवार को कहा कि नया पुल अगले वसंत में खुलेगा।"),
    ];
    for (want, text) in cases {
        assert_eq!(detect(text), Some(want), "{text}");
    }
    assert_eq!(detect("2023-09-12 12:00"), None);
}
