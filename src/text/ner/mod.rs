//! Finding, typing, linking and describing the people, places and organisations in a text.
//!
//! 1. [`detect`]: per sentence, a CRF tagger over word, shape, affix, context, gazetteer and
//!    lexicon features ([`model`], trained by `examples/train_ner.rs`), plus gazetteer places
//!    ([`gazetteer`]), minus traps (month and day names, URLs).
//! 2. Glossary entries override what they cover.
//! 3. Linking: a name in parentheses after a mention is its alias ("Korea Utara (Korut)"); the
//!    same name, a person's first or last name, or an acronym of a longer name joins its entity;
//!    every later occurrence of a known name is a mention too.
//! 4. Descriptions: the title before a person's name in the text ("Presiden Rusia"), the
//!    glossary's note, or the gazetteer's kind of place.

pub mod corpus_form;
pub mod crf;
mod describe;
pub mod detect;
pub mod features;
pub mod gazetteer;
mod headline_names;
mod listed;
pub mod model;
mod owners;
pub mod pack;
pub mod phrases;
pub mod place_words;
pub mod rules;
mod token;
mod truecase;
pub mod weak;

use crate::support::case::{lower_char, lower_chars, lowercase_into, with_lowercase};
use crate::support::chars::{is_alphabetic, is_alphanumeric};
use crate::support::hash::text_hash;
use crate::text::lang::{FnvMap as HashMap, FnvSet};

pub use token::{tokenize, Token, Tokens};

use crate::text::lang::Lang;
use crate::text::{Candidate, Entity, EntityKind, Glossary, MentionRef, Span};
use detect::{Origin, Raw};
use gazetteer::{Gazetteer, PlaceKind};
use phrases::Phrases;

/// Whether `word` is a function word of the page's language or of English (English words are
/// common in names and quotations everywhere).
fn is_function_word(word: &str, lang: Lang) -> bool {
    let english = Lang::english();
    lang.data().is_some_and(|d| d.is_function_word(word))
        || (lang.code() != english.code()
            && english.data().is_some_and(|d| d.is_function_word(word)))
}

/// Words for kinds of places, as Indonesian and Malay write them in lower case before a place's
/// name ("kota Bogor", "desa Sukamaju", "ibu kota Jakarta"): general vocabulary, written for baca.
/// English says "the town of Bakhmut". Sorted.
pub(super) static PLACE_NOUNS_ID: WordList = WordList::new(
    "benua bukit daerah danau desa distrik dusun gunung kabupaten kampung kawasan kecamatan \
     kelurahan kepulauan kota kotamadya lembah negara negeri provinsi pulau selat \
     semenanjung sungai teluk wilayah",
);
pub(super) static PLACE_NOUNS_EN: WordList = WordList::new(
    "avenue capital city county district island municipality port province region road street \
     town village",
);

/// English words for a party's or a movement's members and their adjective ("Republican",
/// "Democrats", "Conservative"): CONVENTIONS marks no party adjective, and alone they name
/// people of a kind, not an organisation ("the Republican Party" is one). General vocabulary,
/// written for baca. Sorted.
pub(super) static PARTY_WORDS_EN: WordList = WordList::new(
    "centrist centrists communist communists conservative conservatives democrat democratic \
     democrats leftist leftists liberal liberals libertarian libertarians nationalist \
     nationalists populist populists progressive progressives republican republicans \
     socialist socialists tories tory unionist unionists",
);

/// Words for buildings and works that Indonesian and Malay write before their names ("Jalan
/// Gatot Subroto", "Bandara Soekarno-Hatta", "Masjid Istiqlal", "Stasiun Gambir"): unlike a
/// [`PLACE_NOUNS_ID`] word, the word belongs to the name, for the rest often names someone or
/// somewhere else (a street named after a person is a place, not that person). General
/// vocabulary, written for baca. Sorted.
pub(super) static FACILITY_NOUNS_ID: WordList = WordList::new(
    "bandara bendungan candi gedung gereja hotel istana jalan jembatan jl klenteng lapangan \
     masjid monumen museum pasar pelabuhan pura stadion stasiun taman terminal",
);

/// Words for events and awards that Indonesian and Malay write before their names ("Piala
/// Dunia", "Perang Dunia II", "Penghargaan Adipura"): the name is the event's or award's, not
/// the person's or place's it may contain. General vocabulary, written for baca. Sorted.
pub(super) static EVENT_NOUNS_ID: WordList = WordList::new(
    "anugerah festival hadiah kejuaraan konferensi lomba muktamar olimpiade operasi pameran \
     penghargaan perang perjanjian pertempuran piala program revolusi tragedi turnamen",
);

/// Whether `lang` is Indonesian or Malay, whose vocabulary the `*_ID` lists hold.
pub(super) fn is_id_or_ms(lang: Lang) -> bool {
    matches!(lang.code(), Some("id" | "ms"))
}

/// Honorifics, academic titles and the ranks of the police and the armed forces that Indonesian
/// and Malay write before a person's name ("Pak Harto", "Haji Agus Salim", "Dr Sutomo", "Prof
/// Emil Salim", "Kombes Pol …", "Letkol …"): part of the title, not of the name (CONVENTIONS).
/// General vocabulary, written for baca. Sorted.
pub(super) static HONORIFICS_ID: WordList = WordList::new(
    "aipda aiptu akbp akp bapak bpk brigjen brigpol bripda bripka briptu bu dr dra drg drh \
     drs hajah haji hj ibu ipda iptu ir irjen jenderal kapten kh kiai kolonel kombes komjen \
     kompol kopda kopka koptu kyai laksamana laksda laksdya laksma letda letjen letkol lettu \
     marsda marsdya marsekal marsma mayjen mayor mbah nyonya pak pelda peltu pol prada praka \
     pratu prof sdr serda serka serma sertu syaikh syekh tuan ustad ustadz ustaz",
);

/// Words for offices and occupations that Indonesian writes before a person's name ("Presiden
/// Joko Widodo", "Penyanyi Raisa", "Pelatih Shin Tae-yong"), with the contractions news writes
/// for offices ("Mendagri", "Wamenkeu", "Ketum", "Dirut", "Jampidsus"): part of the title, not
/// of the name (CONVENTIONS). General vocabulary, written for baca; no word that is also a common given name
/// ("Imam", "Raja", "Hakim", "Bintang"). Sorted.
pub(super) static ROLES_ID: WordList = WordList::new(
    "advokat aktor aktris arsitek artis astronot atlet biduan biduanita budayawan bupati camat \
     dandim danrem desainer direktur dirut dubes ekonom gelandang gitaris gubernur jaksa \
     jampidsus jampidum jubir jurnalis kabag kabareskrim kabid kades kadis kadiv kajari kajati \
     kanit kapolda kapolres kapolri kapolsek kapuspen kasad kasal kasat kasau kasi kasubag \
     kepala ketua ketum kiper koki komedian komika komut lurah manajer menag menaker mendag \
     mendagri mendikbud mendikbudristek menhan menhub menkes menkeu menko menkominfo \
     menkopolhukam menkumham menlu menparekraf menpora menristek mensesneg mensos mentan menteri \
     musisi notaris pangdam panglima paus pebisnis pebulutangkis pelatih pelawak pelukis pemain \
     pembalap pembawa pendakwah pendiri peneliti pengacara pengamat pengusaha penulis penyair \
     penyanyi penyerang pesepakbola petenis petinju politikus politisi presenter presiden \
     produser psikolog rapper sejarawan sekjen selebgram seniman seskab sineas sosiolog striker \
     sutradara vokalis wabup wagub wakapolda wakapolri waketum wakil wali walikota wamen \
     wamendagri wamenhan wamenkeu wamenlu wapres wartawan wawali",
);

/// Whether `word` is a title before a person's name in `lang`'s text: an English one
/// (compromise's roles with [`HONORIFICS_EN`]; news in any language quotes "Mr Smith"), or in
/// Indonesian and Malay an honorific, rank, office or occupation ([`HONORIFICS_ID`],
/// [`ROLES_ID`]).
pub(super) fn is_title(word: &str, lang: Lang) -> bool {
    (is_id_or_ms(lang) && {
        let word = word.strip_suffix('.').unwrap_or(word);
        word.starts_with(char::is_uppercase)
            && (ROLES_ID.contains(word) || is_honorific(word, lang))
    }) || (lang.code() == Some("de") && is_german_title(word))
        || detect::is_english_title(word)
}

/// German offices before a person's name, which German writes as one word with what they are
/// of ("Umweltministerin Anne Spiegel", "Ministerpräsidentin Malu Dreyer", "des
/// Oberstaatsanwalts Mario Mannweiler"): a title outside the name (CONVENTIONS). The last part
/// of such compounds, general vocabulary written for baca, with whether the word alone is an
/// office too (not "Richter", "Trainer", "Chef": surnames or words of their own; their feminine
/// forms are offices alone too).
const GERMAN_OFFICES: &[(&str, bool)] = &[
    ("abgeordnete", true),
    ("anwalt", false),
    ("anwältin", false),
    ("botschafter", true),
    ("bürgermeister", true),
    ("chef", false),
    ("direktor", true),
    ("kanzler", true),
    ("kommissar", true),
    ("korrespondent", false),
    ("leiter", false),
    ("minister", true),
    ("präsident", true),
    ("richter", false),
    ("sekretär", true),
    ("senator", true),
    ("sprecher", true),
    ("trainer", false),
    ("vorsitzende", true),
];

/// Whether `word` is a German office ([`GERMAN_OFFICES`], feminine "-in" and the cases' "-s",
/// "-n", "-en", "-r" endings too) or a form of address ("Herr", "Frau"). Compared as written:
/// inside a compound the office is in lower case, alone only its first letter differs.
fn is_german_title(word: &str) -> bool {
    if word.len() < 4 || !word.starts_with(char::is_uppercase) {
        return false;
    }
    if matches!(word, "Herr" | "Herrn" | "Frau") {
        return true;
    }
    let mut stems = ["innen", "in", "en", "s", "n", "r"]
        .iter()
        .filter_map(|e| word.strip_suffix(e).map(|stem| (stem, e.starts_with("in"))))
        .chain([(word, false)]);
    stems.any(|(stem, feminine)| {
        GERMAN_OFFICES.iter().any(|&(office, alone)| {
            (stem.len() > office.len() && stem.ends_with(office))
                || ((alone || feminine) && stem.eq_ignore_ascii_case(office))
        })
    })
}

/// Honorifics and ranks English writes before a person's name ("Mr", "Dr", "Gen.", "Sen."):
/// the title stays outside the name (CONVENTIONS). General vocabulary, written for baca. Sorted.
pub(super) static HONORIFICS_EN: WordList = WordList::new(
    "adm brig capt cmdr col comdr cpl det dr gen gov hon lt maj messrs mlle mme mr mrs ms pope prof \
     pvt rep rev sen sgt sheik sheikh sir supt",
);

/// Offices English writes before a person's name that compromise's role nouns lack ("Senator
/// Maria Lopez", "Governor Gavin Newsom", "Speaker Mike Johnson", "Chair Jerome Powell",
/// "Justice Sonia Sotomayor", "Premier Li Qiang", "Cardinal Pietro Parolin", "Coach Carlo
/// Ancelotti", "Midfielder Jude Bellingham"): titles outside the name, but unlike an honorific
/// no evidence that a name follows ("the Ambassador Bridge", "the Justice Department").
/// General vocabulary. Sorted.
pub(super) static OFFICES_EN: WordList = WordList::new(
    "ambassador ayatollah cardinal chair chairman chairwoman coach congressman congresswoman \
     defender emir governor justice marshal midfielder premier senator speaker winger",
);

/// A sorted list of lower-case ASCII words, looked up ignoring ASCII case. In front of the
/// search, which first letters come with which lengths: most words of a text are ruled out by
/// that alone (these lists are consulted for most words).
pub(super) struct WordList {
    /// The words, sorted, joined by single spaces (one string: no table of pointers to ship).
    words: &'static str,
    /// Per first letter (a = 0), bit `n` set where a word of `n` bytes starts with it.
    shapes: [u16; 26],
    /// Per first letter, where its words start in `words` (and, at 26, the end).
    starts: [u16; 27],
}

impl WordList {
    /// The list of `words`: sorted lower-case ASCII words of 1 to 15 letters joined by single
    /// spaces (checked at compile time).
    pub(super) const fn new(words: &'static str) -> WordList {
        let b = words.as_bytes();
        assert!(b.len() < u16::MAX as usize);
        let mut shapes = [0u16; 26];
        let mut starts = [0u16; 27];
        let (mut start, mut prev, mut letter) = (0, 0, 0);
        let mut i = 0;
        while i <= b.len() {
            if i == b.len() || b[i] == b' ' {
                let len = i - start;
                assert!(len > 0 && len < 16, "a word of 1 to 15 letters");
                assert!(start == 0 || before(b, prev, start), "not sorted");
                let first = (b[start] - b'a') as usize;
                while letter <= first {
                    starts[letter] = start as u16;
                    letter += 1;
                }
                shapes[first] |= 1 << len;
                (prev, start) = (start, i + 1);
            } else {
                assert!(b[i].is_ascii_lowercase(), "lower-case ASCII");
            }
            i += 1;
        }
        while letter <= 26 {
            starts[letter] = b.len() as u16;
            letter += 1;
        }
        WordList {
            words,
            shapes,
            starts,
        }
    }

    /// No words.
    pub(super) const EMPTY: WordList = WordList {
        words: "",
        shapes: [0; 26],
        starts: [0; 27],
    };

    /// Whether `word`, ignoring ASCII case, is one of the list's.
    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        let w = word.as_bytes();
        let first = w.first().map_or(0, u8::to_ascii_lowercase);
        if !first.is_ascii_lowercase() || w.len() >= 16 {
            return false;
        }
        let l = usize::from(first - b'a');
        self.shapes[l] & (1 << w.len()) != 0
            && self.words.as_bytes()[usize::from(self.starts[l])..usize::from(self.starts[l + 1])]
                .split(|&b| b == b' ')
                .any(|x| {
                    x.len() == w.len() && x.iter().copied().eq(w.iter().map(u8::to_ascii_lowercase))
                })
    }

    /// Whether the list has no words.
    pub(super) fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Whether the word of `b` at `a` sorts strictly before the one at `c` (words end at a space
/// or the end), at compile time.
const fn before(b: &[u8], a: usize, c: usize) -> bool {
    const fn end(b: &[u8], k: usize) -> bool {
        k == b.len() || b[k] == b' '
    }
    let mut i = 0;
    loop {
        match (end(b, a + i), end(b, c + i)) {
            (true, true) => return false,
            (true, false) => return true,
            (false, true) => return false,
            _ if b[a + i] != b[c + i] => return b[a + i] < b[c + i],
            _ => i += 1,
        }
    }
}

/// Whether `word` is a word for a kind of place or building in `lang`'s text, ignoring case.
pub(super) fn is_class_noun(word: &str, lang: Lang) -> bool {
    match lang.code() {
        Some("id" | "ms") => PLACE_NOUNS_ID.contains(word) || FACILITY_NOUNS_ID.contains(word),
        Some("en") => PLACE_NOUNS_EN.contains(word),
        _ => false,
    }
}

/// Compass points and the words that make a side or direction of them in Indonesian and Malay
/// ("Utara", "Sebelah Barat", "Barat Daya"): a name of them alone names no place. General
/// vocabulary, written for baca. Sorted.
pub(super) static DIRECTIONS_ID: WordList =
    WordList::new("arah bagian barat daya laut sebelah selatan tenggara timur utara");

/// Whether every word of `words` is a compass point or direction word of `lang` (see
/// [`DIRECTIONS_ID`]; none for other languages than Indonesian and Malay).
pub(super) fn only_directions(words: &[&str], lang: Lang) -> bool {
    is_id_or_ms(lang) && words.iter().all(|w| DIRECTIONS_ID.contains(w))
}

/// Words that head an organisation's name in Indonesian and Malay ("Badan Pusat Statistik",
/// "Partai Golkar", "Kementerian Luar Negeri"), and the usual shortenings of a region's bodies
/// and of missions abroad ("Polres Sleman", "Pemkab Bogor", "Kejari Medan", "DPRD Jawa Barat",
/// "KPU Jawa Barat", "KBRI Ankara"). General vocabulary,
/// written for baca. Sorted.
pub(super) static ORG_HEADS_ID: WordList = WordList::new(
    "akademi aliansi angkatan asosiasi badan bank bawaslu biro bnnk bnnp bpbd bps bursa \
     departemen dewan dinas dinkes direktorat disdik dishub dprd federasi forum front gabungan \
     gerakan himpunan ikatan institut kabinet kantor kanwil kbri kejaksaan kejari kejati \
     kelompok kementerian kepolisian kjri koalisi kodam kodim komando komisi komite konsorsium \
     korem korps kpu kpud lembaga liga mahkamah majelis organisasi partai pemkab pemkot pemprov \
     pengadilan perhimpunan persatuan perusahaan pn polda polres polresta polrestabes polsek \
     ptun puskesmas rs rsia rsj rspad rsud rsup sekolah serikat universitas yayasan",
);

/// Whether `word` is written as a function word of `lang` itself: not in capitals ("AS",
/// Amerika Serikat, is no English "as"; "LIMA, KOMPAS.com" a dateline), and by the page's
/// language's list only (unlike [`is_function_word`]).
pub(super) fn is_own_function_word(word: &str, lang: Lang) -> bool {
    word.chars().any(char::is_lowercase) && lang.data().is_some_and(|d| d.is_function_word(word))
}

/// English nouns that end a body's name and compromise's organisation words lack ("Labour
/// Party", "Israel Defense Forces", "National Guard", "General Assembly", "National Trust",
/// "Brookings Institution"). Evidence where a name ends in one ([`ends_body`]); not before a
/// title ("Navy Secretary") nor in a definition ("Nuclear Forces (INF) Treaty"), where
/// compromise's words alone are read. General vocabulary, written for baca. Sorted.
static ORG_HEADS_EN: WordList = WordList::new(
    "assembly brigade brigades cartel forces guard institution marines militia navy parliament \
     party trust",
);

/// Whether lower-case `word` ends an English organisation's name: compromise's organisation
/// words ("commission", "bank") and [`ORG_HEADS_EN`].
pub(super) fn is_english_org_word(lower: &str) -> bool {
    is_compromise_org_word(lower) || ORG_HEADS_EN.contains(lower)
}

/// Whether lower-case `word` is one of compromise's organisation words, in its American
/// spelling or the British one ("organisation" for its "organization").
fn is_compromise_org_word(lower: &str) -> bool {
    let words = &gazetteer::EnglishWords::get().org_words;
    words.contains(lower)
        || lower
            .strip_suffix("isation")
            .is_some_and(|stem| words.contains(format!("{stem}ization").as_str()))
}

/// Whether `word` heads or ends an organisation's name: an Indonesian or Malay word of
/// [`ORG_HEADS_ID`] or an English one of compromise's organisation words ("Commission", "Bank",
/// "Organisation").
pub(super) fn is_org_head(word: &str) -> bool {
    ORG_HEADS_ID.contains(word) || with_lowercase(word, is_compromise_org_word)
}

/// Whether a name that ends in (or, in Indonesian, starts with) `word` is a body's:
/// [`is_org_head`] and [`ORG_HEADS_EN`] ("Democratic Party", "National Guard").
pub(super) fn ends_body(word: &str) -> bool {
    ORG_HEADS_ID.contains(word) || with_lowercase(word, is_english_org_word)
}

/// Whether a name that starts with `word` is an organisation's in `lang`'s text: Indonesian and
/// Malay put the kind of body first ("Lembaga …", "Partai …", see [`ORG_HEADS_ID`]).
pub(super) fn opens_org_name(word: &str, lang: Lang) -> bool {
    is_id_or_ms(lang) && ORG_HEADS_ID.contains(word)
}

/// Whether the name at token `k` of `words` is a hospital's in Indonesian or Malay ("Rumah
/// Sakit …"): CONVENTIONS counts hospitals as bodies ("Rumah Sakit Umum Daerah (RSUD) Sleman"
/// is one organisation), where the corpora mostly mark them as places.
pub(super) fn opens_hospital(words: &[&str], k: usize, lang: Lang) -> bool {
    is_id_or_ms(lang)
        && words[k].eq_ignore_ascii_case("rumah")
        && words
            .get(k + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("sakit"))
}

/// Whether `word` (with or without a final period) is an honorific or title before a name in
/// `lang`'s text (see [`HONORIFICS_ID`] and [`HONORIFICS_EN`]; none for other languages, whose
/// titles the tagger and `describe` handle).
pub(super) fn is_honorific(word: &str, lang: Lang) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    let list = match lang.code() {
        Some("id" | "ms") => &HONORIFICS_ID,
        Some("en") => &HONORIFICS_EN,
        _ => return false,
    };
    // "Bpk." is Bapak, "BPK" in capitals the audit board (Badan Pemeriksa Keuangan), which
    // Indonesian news names daily; other titles in capitals stay titles ("DR Rizal Ramli",
    // "AKBP", "KH").
    word.starts_with(char::is_uppercase) && list.contains(word) && word != "BPK"
}

/// The honorifics Indonesian writes as a contraction, in lower case before a name ("dr" a
/// physician, "drg" a dentist, "ir" an engineer; "Bpk.", "Hj." capitalised). Sorted.
pub(super) static CONTRACTIONS_ID: WordList = WordList::new("bpk dr dra drg drh drs hj ir sdr");

/// The words for kinds of places in `lang`'s text (none for other languages than Indonesian,
/// Malay and English), sorted.
fn place_nouns(lang: Lang) -> &'static WordList {
    match lang.code() {
        Some("id" | "ms") => &PLACE_NOUNS_ID,
        Some("en") => &PLACE_NOUNS_EN,
        _ => &WordList::EMPTY,
    }
}

/// Block text and its sentence spans: what entity finding reads.
pub struct BlockText<'a> {
    /// The block's text.
    pub text: &'a str,
    /// Its sentences' spans.
    pub sentences: &'a [Span],
}

impl BlockText<'_> {
    /// The sentence that holds `span` whole, with its index: one binary search.
    fn sentence_of(&self, span: Span) -> Option<(usize, Span)> {
        let k = self.sentences.partition_point(|s| s.end < span.end);
        self.sentences
            .get(k)
            .filter(|s| s.start <= span.start && span.end <= s.end)
            .map(|&s| (k, s))
    }
}

/// The entities of a page and, per block, its marked mentions `(span, entity index)`.
pub type Found = (Vec<Entity>, Vec<Vec<(Span, usize)>>);

/// The entities of a page and, per block, its marked mentions `(span, entity index)`.
pub fn find(blocks: &[BlockText], lang: Lang, glossary: &Glossary) -> Found {
    let mut finder = Finder::new(lang);
    loop {
        if let Some(found) = finder.step(blocks, glossary, &mut || true) {
            return found;
        }
    }
}

/// Entity finding in steps, so that a browser can paint between them on a long page: the
/// per-sentence tagging runs a window at a time and the search for repeated names a bounded
/// number of tokens at a time, asking `more()` after each; the page's judgement of unsure names
/// runs a window at a time, and the linking in between pass by pass, asking after each pass.
pub struct Finder {
    lang: Lang,
    stage: Stage,
    /// The next block of the current per-block stage.
    next: usize,
    raws: Vec<Raw>,
    /// The spans the tagger was unsure of, for the page to judge ([`weak`]).
    weak: Vec<weak::Weak>,
    /// Their judgement under way.
    promotion: Option<weak::Promotion>,
    /// The unsure names nothing confirmed, to list apart ([`Finder::take_candidates`]).
    candidates: Vec<Candidate>,
    entities: Vec<Entity>,
    repeats: Option<Repeats>,
    /// What the tagger learns of each word, kept for the whole page.
    tagger: model::Tagger,
    /// Each block's tokens, kept from tagging for the search for repeated names.
    /// (As byte offsets of 32 bits, half a `Token` natively: a page of short names holds a
    /// token every five bytes.)
    tokens: Vec<Vec<Kept>>,
    /// The current block's tokens so far.
    block_tokens: Vec<Kept>,
    /// The current window's tokens.
    window_tokens: Vec<Token>,
    /// Where the current per-block stage is inside its block: the next sentence to tag, and the
    /// byte where its next window starts (0: at its start); the next token to search for names.
    sentence: usize,
    at: usize,
    /// The words the page writes in lower case, for title-case sentences.
    lower: LowerWords,
    /// The language's names pack, looked up when the names are first sought (it may come after
    /// the sentences).
    pack: Option<&'static pack::Pack>,
    /// The pack's confidence threshold, read once with the pack (the tests' calibration may
    /// change a pack's meanwhile).
    threshold: f32,
    /// The pack's threshold for people's names of two words or more, read with it.
    people_threshold: f32,
}

/// The capitalised words of a page's title-case sentences that it writes in lower case and
/// never capitalised inside another sentence: common words, whose headline capital says
/// nothing. "Bandara" in a headline is read as "bandara" when the article says "bandara" and
/// never "Bandara" inside a sentence; "Partai Demokrat" keeps its capital when "Partai"
/// appears mid-sentence. Gathered before tagging in two passes, block by block: the words of
/// title-case sentences and of each sentence's first word, then how the other sentences write
/// them. Both read the sentences that start in the page's first [`LOWER_WORDS_READ`] bytes
/// only (a block that crosses the limit in part), and speak for those blocks only: an article's headline and the
/// text that uses its words lie there, a long page costs no more than a short one, and a long
/// page's other articles are not judged by the first one's words.
#[derive(Default)]
struct LowerWords {
    /// Lower-cased candidates, by their [`text_hash`] (a word's own string would cost a heap
    /// read per lookup, and every capitalised word of a title-case sentence is looked up; two
    /// words sharing a hash would share their evidence), with bit 1 set when the page writes
    /// them in lower case and bit 2 when it capitalises them inside a sentence.
    candidates: HashMap<u64, u8>,
    /// Per first byte (its low five bits), a bit per length up to 31 bytes: which words may be
    /// candidates, so that most words cost two loads and a test.
    filter: [u32; 32],
    words: Vec<(usize, usize)>,
    buf: String,
    /// Bytes of text read by the current pass.
    read: usize,
    /// The blocks the first pass read: the evidence speaks for them only (a long page may hold
    /// other articles).
    blocks: usize,
    /// Whether a lower-case word is also evidence for its stem without a verb's prefix
    /// (Indonesian and Malay: "meresmikan" for a headline's "Resmikan", see [`verb_stems`]).
    stems: bool,
}

/// The shortest stem [`verb_stems`] gives: shorter ones are too often names ("menari" → "Ari").
const MIN_STEM: usize = 5;

/// The stems of an Indonesian or Malay lower-case word without a verb's prefix, as headlines
/// write verbs ("menangkap" → "tangkap", "meresmikan" → "resmikan", "bertemu" → "temu",
/// "dibuka" → "buka"): each prefix that opens the word, with the consonant a nasal prefix
/// replaced where a vowel follows it ("meny-" for "s", "men-" for "t", "mem-" for "p",
/// "meng-" for "k"). Stems shorter than [`MIN_STEM`] bytes are left out. Calls `f` with each.
fn verb_stems(word: &str, mut f: impl FnMut(&str)) {
    const PREFIXES: [(&str, Option<u8>); 8] = [
        ("meng", Some(b'k')),
        ("meny", Some(b's')),
        ("mem", Some(b'p')),
        ("men", Some(b't')),
        ("me", None),
        ("ber", None),
        ("di", None),
        ("ter", None),
    ];
    let mut buf = [0u8; 64];
    for (prefix, restored) in PREFIXES {
        let Some(rest) = word.strip_prefix(prefix) else {
            continue;
        };
        if rest.len() >= MIN_STEM {
            f(rest);
        }
        let vowel = rest
            .as_bytes()
            .first()
            .is_some_and(|b| b"aeiou".contains(b));
        if let (Some(c), true) = (restored, vowel) {
            if rest.len() + 1 >= MIN_STEM && rest.len() < buf.len() {
                buf[0] = c;
                buf[1..=rest.len()].copy_from_slice(rest.as_bytes());
                if let Ok(stem) = std::str::from_utf8(&buf[..=rest.len()]) {
                    f(stem);
                }
            }
        }
    }
}

/// How much of a page [`LowerWords`] reads.
const LOWER_WORDS_READ: usize = 100_000;

/// The filter slot and bit of a word: its lower-cased first byte and its length.
fn filter_slot(word: &str) -> (usize, u32) {
    let first = word.as_bytes()[0];
    let first = if first < 0x80 {
        first.to_ascii_lowercase()
    } else {
        // The last byte of the lower-cased first letter: the lead byte is shared by a script.
        let c = word.chars().next().map_or(' ', lower_char);
        let mut buf = [0u8; 4];
        *c.encode_utf8(&mut buf).as_bytes().last().unwrap_or(&0)
    };
    (usize::from(first & 31), 1 << word.len().min(31))
}

impl LowerWords {
    /// The words (runs of letters) of `sentence`, into `self.words`; whether it is title case:
    /// three quarters or more of its words after the first, and at least three, capitalised.
    fn scan(&mut self, sentence: &str) -> bool {
        let bytes = sentence.as_bytes();
        self.words.clear();
        let (mut start, mut caps, mut i) = (usize::MAX, 0usize, 0);
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII bytes directly; other characters decoded.
            let (letter, upper, len) = if b < 0x80 {
                (b.is_ascii_alphabetic(), b.is_ascii_uppercase(), 1)
            } else {
                let c = sentence[i..].chars().next().unwrap_or(' ');
                (is_alphabetic(c), c.is_uppercase(), c.len_utf8())
            };
            if letter {
                if start == usize::MAX {
                    start = i;
                    caps += usize::from(upper && !self.words.is_empty());
                }
            } else if start != usize::MAX {
                self.words.push((start, i));
                start = usize::MAX;
            }
            i += len;
        }
        if start != usize::MAX {
            self.words.push((start, bytes.len()));
        }
        detect::title_share(self.words.len().saturating_sub(1), caps)
    }

    /// Whether `sentence` may be title case, by a count of its capitals against its spaces:
    /// most sentences are ruled out without a scan. Capitals are ASCII ones and the two-byte
    /// characters of the cased scripts (Latin, Greek, Cyrillic, Armenian: lead bytes C3 to D5)
    /// that are upper case; the other scripts have no case.
    fn may_be_title(sentence: &str) -> bool {
        let b = sentence.as_bytes();
        let mut caps = 0usize;
        for (i, &c) in b.iter().enumerate() {
            if c.is_ascii_uppercase() {
                caps += 1;
            } else if (0xC3..=0xD5).contains(&c) && i + 1 < b.len() {
                let ch = char::from_u32((u32::from(c & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F));
                caps += usize::from(ch.is_some_and(char::is_uppercase));
            }
        }
        detect::title_share(b.iter().filter(|&&c| c == b' ').count(), caps)
    }

    /// The sentences of `block` that start within the page's first [`LOWER_WORDS_READ`] bytes
    /// (the pass reads it after `self.read` bytes): all of a block that ends within them, part
    /// of the one that crosses the limit, none after it.
    fn within_budget<'b>(&mut self, block: &BlockText<'b>) -> &'b [Span] {
        let base = self.read;
        self.read = base.saturating_add(block.text.len());
        let k = block
            .sentences
            .partition_point(|s| base.saturating_add(s.start) < LOWER_WORDS_READ);
        &block.sentences[..k]
    }

    /// First pass: the capitalised words of the title-case sentences of `block`, and the first
    /// word of each sentence.
    fn candidates(&mut self, block: &BlockText) {
        if self.read >= LOWER_WORDS_READ {
            return;
        }
        self.blocks += 1;
        for span in self.within_budget(block) {
            let sentence = &block.text[span.start..span.end];
            let first = sentence
                .split(|c: char| !is_alphabetic(c))
                .find(|w| !w.is_empty());
            if let Some(w) = first.filter(|w| w.starts_with(char::is_uppercase)) {
                self.add_candidate(w);
            }
            if !Self::may_be_title(sentence) || !self.scan(sentence) {
                continue;
            }
            for k in 1..self.words.len() {
                let (a, b) = self.words[k];
                let w = &sentence[a..b];
                if w.starts_with(char::is_uppercase) {
                    self.add_candidate(w);
                }
            }
        }
    }

    fn add_candidate(&mut self, word: &str) {
        self.buf.clear();
        lowercase_into(word, &mut self.buf);
        if let std::collections::hash_map::Entry::Vacant(slot) =
            self.candidates.entry(text_hash(&self.buf))
        {
            slot.insert(0);
            let (slot, bit) = filter_slot(word);
            self.filter[slot] |= bit;
        }
    }

    /// Second pass: how the other sentences of `block` write the candidates.
    fn evidence(&mut self, block: &BlockText) {
        if self.candidates.is_empty() {
            return;
        }
        for span in self.within_budget(block) {
            let sentence = &block.text[span.start..span.end];
            // A title-case sentence's capitals say nothing, but its lower-case words are
            // written lower case (a sentence thick with names, "Presiden Prabowo Subianto
            // bertemu Presiden China Xi Jinping di Beijing", counts as title case).
            let title = self.scan(sentence);
            for k in 0..self.words.len() {
                let (a, b) = self.words[k];
                let w = &sentence[a..b];
                let lower = w.starts_with(char::is_lowercase);
                if lower && self.stems && w.is_ascii() {
                    // (A lower-case ASCII word is its own lower case.)
                    let (filter, candidates) = (&self.filter, &mut self.candidates);
                    verb_stems(w, |stem| {
                        let (slot, bit) = filter_slot(stem);
                        if filter[slot] & bit != 0 {
                            if let Some(flags) = candidates.get_mut(&text_hash(stem)) {
                                *flags |= 1;
                            }
                        }
                    });
                }
                let (slot, bit) = filter_slot(w);
                if (!lower && (k == 0 || title)) || self.filter[slot] & bit == 0 {
                    continue;
                }
                self.buf.clear();
                lowercase_into(w, &mut self.buf);
                if let Some(flags) = self.candidates.get_mut(&text_hash(&self.buf)) {
                    *flags |= if lower { 1 } else { 2 };
                }
            }
        }
    }

    /// Whether `word` in block `block` is a common word by the page's evidence, which speaks
    /// only for the blocks it read.
    fn written_lower(&mut self, block: usize, word: &str) -> bool {
        block < self.blocks && self.contains(word)
    }

    /// Whether `word` is a common word by the page's evidence.
    fn contains(&mut self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        // The filter knows a word by its first letter and its length as written: as in the
        // second pass, a capital of another length than its word's other spellings (the Kelvin
        // sign for "K") is not matched.
        let (slot, bit) = filter_slot(word);
        if self.filter[slot] & bit == 0 {
            return false;
        }
        self.buf.clear();
        lowercase_into(word, &mut self.buf);
        self.candidates.get(&text_hash(&self.buf)) == Some(&1)
    }
}

enum Stage {
    Candidates,
    Evidence,
    Detect,
    /// The unsure names judged by the page, a window at a time.
    Promote,
    /// The passes over the whole page's marks (see `Finder::link`), one at a time: the next.
    Link(u8),
    Repeats,
    Done,
}

impl Finder {
    /// A finder for a page in `lang`.
    pub fn new(lang: Lang) -> Finder {
        Finder {
            lang,
            stage: Stage::Candidates,
            next: 0,
            raws: Vec::new(),
            weak: Vec::new(),
            promotion: None,
            candidates: Vec::new(),
            entities: Vec::new(),
            repeats: None,
            tagger: model::Tagger::default(),
            tokens: Vec::new(),
            block_tokens: Vec::new(),
            window_tokens: Vec::new(),
            sentence: 0,
            at: 0,
            lower: LowerWords {
                stems: is_id_or_ms(lang),
                ..LowerWords::default()
            },
            pack: None,
            threshold: 0.0,
            people_threshold: 0.0,
        }
    }

    /// How far the work is, in percent, on a page of `blocks` blocks: reading its words counts
    /// for a tenth, tagging for 65 %, linking and repeated names for the rest.
    pub fn progress(&self, blocks: usize) -> usize {
        let of = |n: usize| n * 100 / blocks.max(1);
        match self.stage {
            Stage::Candidates => of(self.next) / 20,
            Stage::Evidence => 5 + of(self.next) / 20,
            Stage::Detect => 10 + of(self.next) * 13 / 20,
            Stage::Promote => 75,
            Stage::Link(_) => 78,
            Stage::Repeats => 80 + of(self.next) / 5,
            Stage::Done => 100,
        }
    }

    /// Works on `blocks` (the same ones at every call) until `more()` says stop or the work is
    /// done; returns what was found when it is.
    pub fn step(
        &mut self,
        blocks: &[BlockText],
        glossary: &Glossary,
        more: &mut dyn FnMut() -> bool,
    ) -> Option<Found> {
        loop {
            match self.stage {
                Stage::Candidates | Stage::Evidence => {
                    let first = matches!(self.stage, Stage::Candidates);
                    if first && self.next == 0 {
                        self.pack = self.lang.code().and_then(pack::get);
                        self.threshold = self.pack.map_or(0.0, pack::Pack::threshold);
                        self.people_threshold = self.pack.map_or(0.0, pack::Pack::people_threshold);
                    }
                    while let Some(block) = blocks.get(self.next) {
                        if first {
                            self.lower.candidates(block);
                        } else {
                            self.lower.evidence(block);
                        }
                        self.next += 1;
                        if !more() {
                            return None;
                        }
                    }
                    self.next = 0;
                    self.lower.read = 0;
                    self.stage = if first {
                        Stage::Evidence
                    } else {
                        Stage::Detect
                    };
                }
                Stage::Detect => {
                    // Window by window (see `detect::WINDOW`), asking `more()` after each: a
                    // block or a sentence of any length is read in bounded steps.
                    while let Some(block) = blocks.get(self.next) {
                        let (lower, b) = (&mut self.lower, self.next);
                        let mut written_lower = |w: &str| lower.written_lower(b, w);
                        while let Some(&s) = block.sentences.get(self.sentence) {
                            let (window, next) =
                                detect::next_window(block.text, s, self.at.max(s.start));
                            detect::window_mentions(
                                self.next,
                                block.text,
                                window,
                                (self.sentence, self.at.max(s.start)),
                                self.lang,
                                self.pack,
                                (self.threshold, self.people_threshold),
                                &mut self.tagger,
                                &mut written_lower,
                                &mut self.window_tokens,
                                &mut self.raws,
                                &mut self.weak,
                            );
                            // Kept in 32 bits; a block past 4 GiB (natively) keeps none: its
                            // repeats are not sought.
                            if u32::try_from(block.text.len()).is_ok() {
                                self.block_tokens
                                    .extend(self.window_tokens.iter().map(|&t| Kept::of(t)));
                            }
                            self.window_tokens.clear();
                            if next >= s.end {
                                (self.sentence, self.at) = (self.sentence + 1, 0);
                            } else {
                                self.at = next;
                            }
                            if !more() {
                                return None;
                            }
                        }
                        // Held until the repeats are found: no spare capacity.
                        let mut tokens = std::mem::take(&mut self.block_tokens);
                        tokens.shrink_to_fit();
                        self.tokens.push(tokens);
                        (self.next, self.sentence) = (self.next + 1, 0);
                    }
                    self.tagger = model::Tagger::default();
                    self.stage = Stage::Promote;
                }
                Stage::Promote => {
                    let promotion = self.promotion.get_or_insert_with(|| {
                        // The texts marked so far, in lower case: not listed apart.
                        let marked: FnvSet<u64> = self
                            .raws
                            .iter()
                            .filter_map(|r| blocks.get(r.block)?.text.get(r.span.start..r.span.end))
                            .map(|t| with_lowercase(t, text_hash))
                            .collect();
                        weak::Promotion::apart_from(
                            blocks,
                            std::mem::take(&mut self.weak),
                            self.threshold,
                            &|t| marked.contains(&with_lowercase(t, text_hash)),
                        )
                    });
                    let (lower, lang, pack) = (&mut self.lower, self.lang, self.pack);
                    let mut rules_keep = |b: usize, at: (usize, usize), spans: &[_]| {
                        let mut written_lower = |w: &str| lower.written_lower(b, w);
                        match blocks
                            .get(b)
                            .and_then(|x| Some((x, *x.sentences.get(at.0)?)))
                        {
                            Some((block, sentence)) => detect::rules_keep(
                                block.text,
                                (at.0, sentence),
                                at.1,
                                (lang, pack),
                                &mut written_lower,
                                spans,
                            ),
                            None => vec![false; spans.len()],
                        }
                    };
                    while promotion.judge(&mut rules_keep) {
                        if !more() {
                            return None;
                        }
                    }
                    if let Some(promotion) = self.promotion.take() {
                        self.candidates = promotion.finish(blocks, &mut self.raws);
                    }
                    self.raws.shrink_to_fit();
                    self.stage = Stage::Link(0);
                }
                Stage::Link(pass) => {
                    if !self.link(blocks, glossary, pass) {
                        (self.next, self.at) = (0, 0);
                        self.stage = Stage::Repeats;
                    } else {
                        self.stage = Stage::Link(pass + 1);
                    }
                    if !more() {
                        return None;
                    }
                }
                Stage::Repeats => {
                    let repeats = self.repeats.as_mut()?;
                    while self.next < blocks.len() {
                        let tokens = self.tokens.get(self.next).map_or(&[][..], Vec::as_slice);
                        // A bounded number of tokens at a time, asking `more()` after each.
                        self.at =
                            repeats.block(blocks, self.next, tokens, self.at, &mut self.entities);
                        if self.at >= tokens.len() {
                            (self.next, self.at) = (self.next + 1, 0);
                        }
                        if !more() {
                            return None;
                        }
                    }
                    for entity in &mut self.entities {
                        entity.mentions.sort();
                        entity.mentions.dedup();
                    }
                    self.repeats = None;
                    self.tokens = Vec::new();
                    self.stage = Stage::Done;
                }
                Stage::Done => {
                    let mut entities = std::mem::take(&mut self.entities);
                    let lower = &mut self.lower;
                    let mut written_lower = |b: usize, w: &str| lower.written_lower(b, w);
                    describe::describe(
                        blocks,
                        &mut entities,
                        glossary,
                        self.lang,
                        &mut written_lower,
                    );
                    listed::tidy(&mut self.candidates, &entities, self.lang);
                    return Some(finish(entities, blocks));
                }
            }
        }
    }

    /// The names the tagger was unsure of and nothing confirmed ([`Candidate`]) once
    /// [`Finder::step`] has returned the page's names: in page order, at most
    /// [`weak::LISTED`], none that a mark covers or that is an entity's name or alias.
    ///
    /// ```
    /// use baca::text::ner::{BlockText, Finder};
    /// use baca::text::{lang::Lang, Glossary};
    /// let blocks = [BlockText { text: "Kim tiba.", sentences: &[] }];
    /// let mut finder = Finder::new(Lang::from_tag("id"));
    /// while finder.step(&blocks, &Glossary::default(), &mut || true).is_none() {}
    /// assert!(finder.take_candidates().len() <= baca::text::ner::weak::LISTED);
    /// ```
    pub fn take_candidates(&mut self) -> Vec<Candidate> {
        std::mem::take(&mut self.candidates)
    }

    /// Pass `pass` over the whole page's marks, in order: people's title words split off,
    /// owners split off, headlines' names trimmed, the glossary's names and the aliases added,
    /// the marks linked into entities, the search for their repeats made ready. Each pass is
    /// linear or `n log n` in the marks; false once there is no such pass.
    fn link(&mut self, blocks: &[BlockText], glossary: &Glossary, pass: u8) -> bool {
        match pass {
            0 => split_title_words(blocks, &mut self.raws),
            1 => owners::split(blocks, &mut self.raws),
            2 => headline_names::trim(blocks, &mut self.raws),
            3 => apply_glossary(blocks, glossary, &mut self.raws),
            4 => add_aliases(blocks, &mut self.raws, self.lang),
            5 => {
                self.entities = link(blocks, &self.raws, glossary);
                self.entities.shrink_to_fit();
                self.raws = Vec::new();
            }
            6 => self.repeats = Some(Repeats::new(blocks, &self.entities, self.lang, self.pack)),
            _ => return false,
        }
        true
    }
}

/// "Juru bicara Kremlin Dmitry Peskov": a person of three or more words whose first word is not a
/// given name but whose second is, where the first word also stands alone elsewhere in the text
/// without being a person there, keeps the first word out: it belongs to the title, as an
/// organisation (or the place the gazetteer knows). Without such evidence ("Park Yong Ha") the
/// name stays whole.
fn split_title_words(blocks: &[BlockText], raws: &mut Vec<Raw>) {
    let gazetteer = Gazetteer::get();
    // Per block, the people's spans by start with the furthest end so far: whether a word's
    // occurrence lies inside a person is one binary search. (Splitting a person below only
    // removes its first word, which is the word the answer is cached for: the other words'
    // answers stay as these spans give them.)
    let mut people: Vec<Vec<(usize, usize)>> = vec![Vec::new(); blocks.len()];
    for x in raws.iter().filter(|x| x.kind == EntityKind::Person) {
        if let Some(list) = people.get_mut(x.block) {
            list.push((x.span.start, x.span.end));
        }
    }
    for list in &mut people {
        list.sort();
        let mut furthest = 0;
        for p in list.iter_mut() {
            furthest = furthest.max(p.1);
            p.1 = furthest;
        }
    }
    let in_person = |b: usize, at: usize, end: usize| {
        let list = &people[b];
        let k = list.partition_point(|p| p.0 <= at);
        k > 0 && list[k - 1].1 >= end
    };
    // Whether a word stands alone somewhere in the text outside a person's name, for the first
    // words that may be titles, found in one pass over the text (see `bounded_occurrences`).
    let candidates: Vec<&str> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Person)
        .filter_map(|r| title_candidate(&blocks[r.block].text[r.span.start..r.span.end]))
        .collect();
    let mut stands_alone: FnvSet<&str> = FnvSet::default();
    bounded_occurrences(blocks, &candidates, |word, b, at| {
        let alone = !in_person(b, at, at + word.len());
        if alone {
            stands_alone.insert(word);
        }
        alone
    });
    let mut added = Vec::new();
    for r in raws.iter_mut() {
        if r.kind != EntityKind::Person {
            continue;
        }
        let text = &blocks[r.block].text[r.span.start..r.span.end];
        let Some(first) = title_candidate(text) else {
            continue;
        };
        if !stands_alone.contains(first) {
            continue;
        }
        let head = Span::new(r.span.start, r.span.start + first.len());
        let place = gazetteer.lookup(first);
        let kind = if place.is_some() {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
        added.push(Raw {
            block: r.block,
            span: head,
            kind,
            place: place.map(Box::new),
            origin: Origin::Model,
        });
        r.span.start = head.end + 1;
    }
    if !added.is_empty() {
        raws.extend(added);
        raws.sort_by_key(|r| (r.block, r.span.start));
    }
}

/// The first word of a person's name of three or more words that may be a title rather than
/// part of the name: capitalised, not a given name, followed by a given name.
fn title_candidate(name: &str) -> Option<&str> {
    let mut words = name.split(' ');
    let (first, second) = (words.next()?, words.next()?);
    (words.next().is_some()
        && first.starts_with(char::is_uppercase)
        && !detect::is_given_name(first)
        && detect::is_given_name(second))
    .then_some(first)
}

/// Calls `found(word, block, at)` for the occurrences of `words` in the blocks with no letter or
/// digit right before or after them, in text order, until `found` has settled every word
/// (returned `true` for it). One pass over the text: such an occurrence of a word that starts
/// with a letter begins where a run of letters and digits begins, and that run is the word's
/// own first run, so only the words sharing it are compared there.
fn bounded_occurrences<'w>(
    blocks: &[BlockText],
    words: &[&'w str],
    mut found: impl FnMut(&'w str, usize, usize) -> bool,
) {
    let run_end = |s: &str| s.find(|c: char| !is_alphanumeric(c)).unwrap_or(s.len());
    let mut by_run: HashMap<&str, Vec<&'w str>> = HashMap::default();
    // The first bytes of the words: most runs start with another and are passed at once.
    let mut firsts = [false; 256];
    for &w in words {
        if w.starts_with(is_alphanumeric) {
            let list = by_run.entry(&w[..run_end(w)]).or_default();
            if !list.contains(&w) {
                list.push(w);
            }
            firsts[usize::from(w.as_bytes()[0])] = true;
        }
    }
    for (b, block) in blocks.iter().enumerate() {
        let text = block.text;
        let mut prev_alnum = false;
        for (at, c) in text.char_indices() {
            if by_run.is_empty() {
                return;
            }
            let alnum = is_alphanumeric(c);
            if alnum && !prev_alnum && firsts[usize::from(text.as_bytes()[at])] {
                let run = &text[at..at + run_end(&text[at..])];
                if let Some(list) = by_run.get_mut(run) {
                    list.retain(|&w| {
                        let end = at + w.len();
                        let bounded =
                            text[at..].starts_with(w) && !text[end..].starts_with(is_alphanumeric);
                        !(bounded && found(w, b, at))
                    });
                    if list.is_empty() {
                        by_run.remove(run);
                    }
                }
            }
            prev_alnum = alnum;
        }
    }
}

/// Whether `span` overlaps any of the sorted, non-overlapping `spans`.
fn overlaps_any(spans: &[(usize, usize)], span: Span) -> Option<usize> {
    let i = spans.partition_point(|s| s.1 <= span.start);
    spans.get(i).filter(|s| s.0 < span.end).map(|_| i)
}

/// Glossary matches replace the mentions they overlap.
fn apply_glossary(blocks: &[BlockText], glossary: &Glossary, raws: &mut Vec<Raw>) {
    if glossary.is_empty() {
        return;
    }
    let matcher = glossary.matcher();
    let matches: Vec<Vec<(usize, usize, usize)>> =
        blocks.iter().map(|b| matcher.matches(b.text)).collect();
    let spans: Vec<Vec<(usize, usize)>> = matches
        .iter()
        .map(|m| m.iter().map(|x| (x.0, x.1)).collect())
        .collect();
    let mut detected: Vec<Vec<Option<EntityKind>>> =
        matches.iter().map(|m| vec![None; m.len()]).collect();
    raws.retain(|r| match overlaps_any(&spans[r.block], r.span) {
        Some(k) => {
            detected[r.block][k].get_or_insert(r.kind);
            false
        }
        None => true,
    });
    for (b, list) in matches.iter().enumerate() {
        for (k, &(start, end, entry)) in list.iter().enumerate() {
            let kind = glossary.entries()[entry]
                .kind
                .or(detected[b][k])
                .unwrap_or(EntityKind::Other);
            raws.push(Raw {
                block: b,
                span: Span::new(start, end),
                kind,
                place: None,
                origin: Origin::Glossary(entry),
            });
        }
    }
    raws.sort_by_key(|r| (r.block, r.span.start));
}

/// The short name in parentheses right after `span` in `text`, if there is one.
fn parenthetical_after(text: &str, span: Span) -> Option<Span> {
    let rest = &text[span.end..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let inner = trimmed.strip_prefix('(')?;
    // A name of at most 40 bytes: the `)` is sought no further (an unclosed "(" after every
    // mention of a long block must not send each mention to the block's end).
    let close = inner.bytes().take(41).position(|b| b == b')')?;
    let name = &inner[..close];
    let ok = !name.is_empty()
        && name == name.trim()
        && name.starts_with(char::is_uppercase)
        && name.split_whitespace().count() <= 4
        && !name.contains(['(', ',', ';'])
        && name.chars().any(is_alphabetic);
    let start = span.end + (rest.len() - trimmed.len()) + 1;
    ok.then(|| Span::new(start, start + close))
}

/// The acronym in parentheses inside a name ("RSUD" in "Rumah Sakit Umum Daerah (RSUD) Sleman").
fn inner_acronym(name: &str) -> Option<&str> {
    let (_, rest) = name.split_once(" (")?;
    let (inner, after) = rest.split_once(") ")?;
    (is_acronym(inner) && !after.is_empty()).then_some(inner)
}

/// "Korea Utara (Korut)": a short capitalised name in parentheses right after a mention is its
/// alias, whatever the tagger made of it (a person's acronym only where it abbreviates the
/// name: "Anna Weber (SPD)" names her party). One pass over the sorted mentions.
fn add_aliases(blocks: &[BlockText], raws: &mut Vec<Raw>, lang: Lang) {
    // First which mentions define an alias and which the aliases cover, read in order; then the
    // list changes in place: no second list of every mention (a page of a name every ten bytes
    // held two at its peak).
    let mut aliases: Vec<(usize, Span)> = Vec::new(); // (the defining mention, the alias)
    let mut dropped: Vec<usize> = Vec::new();
    let mut skip: Option<(usize, usize)> = None; // (block, end) of the last alias
    for (i, r) in raws.iter().enumerate() {
        if skip.is_some_and(|(b, end)| r.block == b && r.span.start < end) {
            dropped.push(i);
            continue;
        }
        let text = blocks[r.block].text;
        // A short form of the name, a person's nickname, or an acronym of what is not a place;
        // not a company's legal form ("PT Pindad (Persero)") nor a dateline's news agency
        // ("Jakarta (ANTARA) -", "KYIV, Ukraine (AP) —").
        // A person's acronym in parentheses is theirs only where it abbreviates the name
        // ("Susilo Bambang Yudhoyono (SBY)"); otherwise it is their party or body ("Jürgen
        // Pföhler (CDU)", "Anna Weber (SPD)").
        // A person's nickname is not a body or a place found there ("Anne Spiegel (Grüne)"
        // names her party).
        let marked_other = |a: &Span| {
            raws.get(i + 1).is_some_and(|next| {
                next.block == r.block
                    && next.span == *a
                    && matches!(next.kind, EntityKind::Organization | EntityKind::Place)
            })
        };
        // German news puts a politician's party there, as a word too ("Anne Spiegel
        // (Grüne)", "(Linke)"), and gives no nicknames so.
        let party_after_people = lang.code() == Some("de");
        let alias = parenthetical_after(text, r.span).filter(|a| {
            let alias = &text[a.start..a.end];
            let name = &text[r.span.start..r.span.end];
            (r.kind == EntityKind::Person
                && !is_acronym(alias)
                && !marked_other(a)
                && !party_after_people)
                || (is_acronym(alias)
                    && r.kind != EntityKind::Place
                    && r.kind != EntityKind::Person)
                || detect::abbreviates(alias, name)
        });
        // "Nurdin Ismail alias Din Minimi", "Joko Widodo alias Jokowi": the person the text
        // names after "alias" is the same person (`rules::aliases` split them).
        let alias = alias.or_else(|| {
            let next = raws.get(i + 1)?;
            let between = text.get(r.span.end..next.span.start)?;
            // The person's age may come first: "Faisal (37) alias Komeng".
            let between = age_before(between).unwrap_or(between);
            (r.kind == EntityKind::Person
                && next.kind == EntityKind::Person
                && next.block == r.block
                && between.trim() == "alias"
                && between.starts_with(' ')
                && between.ends_with(' '))
            .then_some(next.span)
        });
        if let Some(span) = alias {
            aliases.push((i, span));
            skip = Some((r.block, span.end));
        }
    }
    if !dropped.is_empty() {
        let mut gone = dropped.iter().peekable();
        let mut i = 0;
        raws.retain(|_| {
            let keep = gone.next_if_eq(&&i).is_none();
            i += 1;
            keep
        });
    }
    // Each alias right after its mention (whose place moved up by the mentions dropped before
    // it), filled in from the back.
    for a in &mut aliases {
        a.0 -= dropped.partition_point(|&d| d < a.0);
    }
    drop(dropped);
    let Some(filler) = aliases.first().map(|&(at, _)| raws[at].clone()) else {
        return;
    };
    let mut unplaced = raws.len();
    // Exactly the room the aliases take (`resize` alone would double the list).
    raws.reserve_exact(aliases.len());
    raws.resize(unplaced + aliases.len(), filler);
    let mut w = raws.len();
    for &(at, span) in aliases.iter().rev() {
        while unplaced > at + 1 {
            unplaced -= 1;
            w -= 1;
            raws.swap(w, unplaced);
        }
        // Its mention, not moved yet, is placed next, just before it.
        let (block, kind) = (raws[at].block, raws[at].kind);
        w -= 1;
        raws[w] = Raw {
            block,
            span,
            kind,
            place: None,
            origin: Origin::Alias(w - 1),
        };
    }
}

/// Lower-case key of a name: words joined by single spaces.
fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // Word by word gives what lower-casing the joined name would: a space is not
        // case-ignorable, so no final sigma looks past it.
        lowercase_into(word, &mut out);
    }
    out
}

/// A 64-bit hash of a text ([`text_hash`]), standing for it where a string per name would cost
/// too much: a name's key in linking's tables and the sets of (entity, key) that say whether a form
/// is among an entity's aliases; an acronym and a name's initials as they are written. Two
/// texts of one hash would be taken for one (deterministically); with 64 bits that is a chance
/// of about 10⁻⁹ on a page of 100,000 names.
fn key_hash(key: &str) -> u64 {
    text_hash(key)
}

/// `name` without an English "The" that opens it before two words or more: AP style writes
/// "told The Associated Press" where the dateline says "Associated Press" and "(AP)", and the
/// reader's card is one. Not before one word: "The Hill" (a newspaper) is not Fiona Hill's
/// "Hill", nor "The Hague" William Hague's. Linking finds names by it ([`link_key`]); alias
/// sets keep both forms, so that the repeats' search looks for each.
fn without_the(name: &str) -> &str {
    let name = name.trim_start();
    let Some((first, rest)) = name.split_once(char::is_whitespace) else {
        return name;
    };
    let rest = rest.trim_start();
    if first.eq_ignore_ascii_case("the") && rest.split_whitespace().nth(1).is_some() {
        rest
    } else {
        name
    }
}

/// The key linking finds a name by: its [`key`] [`without_the`].
fn link_key(name: &str) -> u64 {
    key_hash(&key(without_the(name)))
}

/// The initials of a name's capitalised words ("Korean Central News Agency" -> "KCNA"), not an
/// opening "The" ([`without_the`]).
fn initials(name: &str) -> String {
    spelt(name, false)
}

/// The initials of `name` with its words in capitals kept whole ("PDIP" of "PDI Perjuangan"),
/// where it has such a word: an acronym of a name that holds one is written so.
fn initials_keeping_acronyms(name: &str) -> Option<String> {
    without_the(name)
        .split_whitespace()
        .any(is_acronym)
        .then(|| spelt(name, true))
}

/// The first capital of each word of `name` after an opening "The", or the whole word where
/// `keep_acronyms` and it is in capitals.
fn spelt(name: &str, keep_acronyms: bool) -> String {
    let mut out = String::new();
    for w in without_the(name).split_whitespace() {
        if keep_acronyms && is_acronym(w) {
            out.push_str(w);
        } else if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
            out.push(c);
        }
    }
    out
}

/// The rest of `between` after a person's age in brackets that opens it (" (37) alias " →
/// " alias "), if it opens so.
fn age_before(between: &str) -> Option<&str> {
    let rest = between.strip_prefix(" (")?;
    let (age, rest) = rest.split_once(')')?;
    rules::is_age(age).then_some(rest)
}

/// Whether `word` follows an Indonesian province's name to name a regency or a part of it
/// ("Aceh Utara", "Maluku Tengah", "Aceh Besar"), as written capitalised.
pub(super) fn is_regency_point(word: &str) -> bool {
    matches!(
        word,
        "Utara" | "Selatan" | "Barat" | "Timur" | "Tenggara" | "Tengah" | "Besar"
    )
}

/// Whether `word` is a regnal or generation number in Roman numerals ("II", "XIII"): it ends a
/// name, and is no acronym, degree or body.
pub(super) fn is_regnal_number(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'))
}

/// "KCNA", "G20": two or more capitals and digits.
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A person's first and last name tokens, which the text may use alone, and for longer names
/// their first and last two words and their middle words that are no given names.
fn short_forms(name: &str) -> Vec<String> {
    let all: Vec<&str> = name.split_whitespace().collect();
    // A Balinese name's marker ("I", "Ni", "Ida Bagus": `rules::balinese_names`) is left out of
    // its short forms ("Wayan Koster" for "I Wayan Koster"), and a birth-order or caste name
    // alone is none of one person's ("Made", "Gusti": many share it).
    let marker = rules::balinese_names::marker_words(&all);
    let words = &all[marker..];
    if words.len() < 2 {
        return Vec::new();
    }
    let n = words.len();
    let mut out: Vec<String> = [words[0], words[n - 1]]
        .iter()
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        .filter(|w| marker == 0 || !rules::balinese_names::is_balinese_word(w))
        .map(|w| w.to_string())
        .collect();
    if marker > 0 && words.iter().all(|w| name_like(w)) {
        out.push(words.join(" "));
    }
    // A name of three or more words also goes by its first or last two ("Sri Mulyani" for
    // "Sri Mulyani Indrawati"), or its first and last ("Dewa Budjana" for "I Dewa Gede
    // Budjana", "George Bush" for "George W. Bush").
    if n >= 3 {
        for pair in [&words[..2], &words[n - 2..], &[words[0], words[n - 1]]] {
            if pair.iter().all(|w| name_like(w)) {
                out.push(pair.join(" "));
            }
        }
        // A middle word may be the first half of a surname written without its hyphen ("Sam
        // Bankman Fried" … "Bankman"): a short form too, unless another person of the text
        // claims it (then neither's; see `Owner`).
        // A middle given name is no short form ("Walker" of "George Walker Bush").
        out.extend(
            words[1..n - 1]
                .iter()
                .filter(|w| w.chars().count() >= 5 && name_like(w) && !detect::is_given_name(w))
                .map(|w| w.to_string()),
        );
    }
    out
}

/// A word that looks like a person's name word: two letters or more, capitalised, letters only
/// (what [`short_forms`] and [`blend_stems`] take from a name).
fn name_like(w: &str) -> bool {
    w.chars().count() >= 2 && w.starts_with(char::is_uppercase) && w.chars().all(is_alphabetic)
}

/// The first `n` characters of `w` (all of it if shorter).
fn first_chars(w: &str, n: usize) -> &str {
    &w[..w.char_indices().nth(n).map_or(w.len(), |(b, _)| b)]
}

/// The stems of the one-word blends a person's two neighbouring names make ("Jokowi" of "Joko
/// Widodo", "Zulhas" of "Zulkifli Hasan": three letters or more of the first, the first two or
/// three of the next, five at least): the first three letters of a name and the first two of
/// the next, in lower case ("jokwi"), one a pair of words. Indonesian news calls public figures
/// so. A one-word person is looked up by the stems it could have ([`blend_stems_of`]) among the
/// page's people, then checked against the name whole ([`is_blend`]); a stem two people share
/// is neither's ([`Owner`]).
fn blend_stems(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out: Vec<String> = words
        .windows(2)
        .filter(|p| name_like(p[0]) && name_like(p[1]) && p[0].chars().count() >= 3)
        .map(|p| key(&format!("{}{}", first_chars(p[0], 3), first_chars(p[1], 2))))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The stems one word would have as a blend ([`blend_stems`]): its last two or three letters
/// the next name's, the three letters or more before them the first's.
fn blend_stems_of(word: &str) -> Vec<String> {
    let w = key(word);
    let n = w.chars().count();
    (2..=3)
        .filter(|&tail| n >= 5 && n - tail >= 3)
        .filter_map(|tail| {
            let (b, _) = w.char_indices().nth(n - tail)?;
            Some(format!("{}{}", first_chars(&w, 3), first_chars(&w[b..], 2)))
        })
        .collect()
}

/// Whether one word blends two neighbouring names of `name` ([`blend_stems`]).
fn is_blend(word: &str, name: &str) -> bool {
    let w = key(word);
    let n = w.chars().count();
    let words: Vec<String> = name
        .split_whitespace()
        .map(|x| if name_like(x) { key(x) } else { String::new() })
        .collect();
    (2..=3).filter(|&tail| n >= 5 && n - tail >= 3).any(|tail| {
        let Some((b, _)) = w.char_indices().nth(n - tail) else {
            return false;
        };
        let (head, rest) = w.split_at(b);
        words.windows(2).any(|p| {
            !p[0].is_empty() && !p[1].is_empty() && p[0].starts_with(head) && p[1].starts_with(rest)
        })
    })
}

/// The shorter names an Indonesian company's name holds after its opening legal form: "PT
/// Evoluzione" of "PT Evoluzione Tyres"; "PT Bank Rakyat" and "PT Bank Rakyat Indonesia" of "PT
/// Bank Rakyat Indonesia Tbk" (its legal form and one word of the name at least, not the
/// whole). A text that shortens a company's name keeps its start.
fn company_starts(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 3 || !rules::opening_id(words[0]) {
        return Vec::new();
    }
    (2..words.len()).map(|k| words[..k].join(" ")).collect()
}

/// Whether the text before a mention ends with a preposition of place ("in", "di", "from"):
/// what follows names a place.
fn after_locative(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    ["at", "dari", "di", "from", "in", "ke", "near"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

/// Indonesian units of the map that open a place's name ("Kabupaten Sleman") and that the
/// text then drops ("Sleman"). Not "Kota", whose city the gazetteer knows or whose name a
/// regency shares ("Kota Kediri", "Kabupaten Kediri"), nor "Kampung", "Dusun", whose names
/// are often another place's ("Kampung Jawa"). Sorted.
static MAP_UNITS_ID: WordList = WordList::new("desa kabupaten kecamatan kelurahan provinsi");

/// A place's name without the capitalised unit of the map it opens with ("Kabupaten Sleman" →
/// "Sleman", "DKI Jakarta" → "Jakarta").
fn without_unit(name: &str) -> Option<&str> {
    let (unit, rest) = name.split_once(' ')?;
    (unit == "DKI" || unit.starts_with(char::is_uppercase) && MAP_UNITS_ID.contains(unit))
        .then_some(rest)
}

/// Groups mentions into entities.
fn link(blocks: &[BlockText], raws: &[Raw], glossary: &Glossary) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    // Names are looked up by the hash of their key ([`key_hash`]), as the entities' alias sets
    // are: no string per name or mention held for the whole linking.
    let mut by_key: HashMap<u64, usize> = HashMap::default();
    // A person's first and last names, and the initials of longer names, to their entity: the
    // one entity, or `Shared` where two or more have them.
    let mut by_short: HashMap<u64, Owner> = HashMap::default();
    // The stems of people's blends of two names ("jokwi" of "Joko Widodo", [`blend_stems`]),
    // asked of one-word people only.
    let mut by_blend: HashMap<u64, Owner> = HashMap::default();
    let mut by_initials: HashMap<u64, Owner> = HashMap::default();
    // A club's name without its town ("Persebaya" of "Persebaya Surabaya") to the club.
    let mut by_club: HashMap<u64, Owner> = HashMap::default();
    // The first words of an Indonesian company's name after its legal form ("PT Evoluzione" of
    // "PT Evoluzione Tyres") to the company: `Shared` where two companies start so.
    let mut by_company: HashMap<u64, Owner> = HashMap::default();
    // The owner of each acronym found inside a name (`None`: two bodies share it).
    let mut inner_owners: HashMap<u64, Option<usize>> = HashMap::default();
    // The gazetteer's places to their entity: one place however the text writes it ("U.S.",
    // "US", "United States"; "AS", "Amerika Serikat").
    let mut by_place: HashMap<u64, usize> = HashMap::default();
    let place_key = |p: &gazetteer::Place| key_hash(p.english) ^ key_hash(p.country).rotate_left(1);
    // Each mention's entity (`NONE`: none yet), in 32 bits: a page holds fewer than 2³² names
    // (a `Raw` is 88 bytes natively; the wasm's memory is 4 GiB at most).
    const NONE: u32 = u32::MAX;
    let mut of_raw: Vec<u32> = vec![NONE; raws.len()];
    let text_of = |r: &Raw| &blocks[r.block].text[r.span.start..r.span.end];
    // Longer names first, so "Vladimir Putin" defines the entity "Putin" joins.
    // A mention's key, made where it is needed: keeping every mention's would hold a string per
    // mention for the whole linking (tens of thousands on a long page).
    // A club named after its city (`rules::club_articles`: a body with no gazetteer's place
    // where the gazetteer knows a city) is not the city the page names too ("el Sevilla …
    // en Sevilla").
    let club_salt = |r: &Raw, name: &str| {
        let club = r.kind == EntityKind::Organization
            && r.place.is_none()
            && Gazetteer::get()
                .lookup(name)
                .is_some_and(|p| p.kind == PlaceKind::City);
        if club {
            0x9e37_79b9_7f4a_7c15
        } else {
            0
        }
    };
    let key_of = |i: usize| {
        let name = text_of(&raws[i]);
        link_key(name) ^ club_salt(&raws[i], name)
    };
    let mut order: Vec<usize> = (0..raws.len())
        .filter(|&i| !matches!(raws[i].origin, Origin::Alias(_)))
        .collect();
    let words: Vec<u32> = raws
        .iter()
        .map(|r| text_of(r).split_whitespace().count() as u32)
        .collect();
    order.sort_by_key(|&i| {
        let r = &raws[i];
        (std::cmp::Reverse(words[i]), r.block, r.span.start)
    });
    drop(words);
    for i in order {
        let r = &raws[i];
        let name = text_of(r);
        let k = key_of(i);
        let single = !name.contains(char::is_whitespace);
        // A city only the gazetteer marked that is a person's first or last name in this text
        // is the person ("Charlotte" after "Charlotte Church"): a person the text names is
        // nearer than a city it does not speak of otherwise. Not after a word that says
        // "where" ("Whitney Houston … in Houston").
        let city_only = single
            && matches!(r.origin, Origin::Gazetteer)
            && r.place
                .as_deref()
                .is_some_and(|p| p.kind == PlaceKind::City)
            && !after_locative(&blocks[r.block].text[..r.span.start]);
        let found = by_key.get(&k).copied().or_else(|| {
            let owner = if r.kind == EntityKind::Person || city_only {
                by_short.get(&k)
            } else if single && is_acronym(name) {
                by_initials.get(&key_hash(name))
            } else if single && r.kind == EntityKind::Organization {
                by_club.get(&k)
            } else if r.kind == EntityKind::Organization {
                by_company.get(&k)
            } else {
                None
            }?;
            owner.one()
        });
        // A one-word person that blends two names of a person of the page ("Jokowi").
        let found = found.or_else(|| {
            if r.kind != EntityKind::Person || !single {
                return None;
            }
            blend_stems_of(name).into_iter().find_map(|stem| {
                let e = by_blend.get(&key_hash(&stem))?.one()?;
                is_blend(name, &entities[e].name).then_some(e)
            })
        });
        // One word the tagger read as a place or a body that is the given name or surname of
        // one person the page names is that person ("Mnangagwa's plan" after "Emmerson
        // Mnangagwa"): not a place the gazetteer knows, nor an acronym.
        let found = found.or_else(|| {
            let other_kind = single
                && matches!(r.origin, Origin::Model)
                && matches!(r.kind, EntityKind::Place | EntityKind::Organization)
                && r.place.is_none()
                && !is_acronym(name);
            other_kind.then(|| by_short.get(&k)?.one()).flatten()
        });
        let found = found.or_else(|| {
            let styled;
            let p = match r.place.as_deref() {
                Some(p) => p,
                // A place a rule found named with its unit ("DKI Jakarta" after "Provinsi DKI
                // Jakarta"): the gazetteer's place the style names.
                None if r.kind == EntityKind::Place && without_unit(name).is_some() => {
                    styled = Gazetteer::get().lookup_styled(name)?;
                    &styled
                }
                None => return None,
            };
            by_place.get(&place_key(p)).copied()
        });
        let e = match found {
            Some(e) => e,
            None => {
                let glossary_entry = match r.origin {
                    Origin::Glossary(g) => Some(&glossary.entries()[g]),
                    _ => None,
                };
                // A storm goes by its own name ("Rita" of "Hurricane Rita").
                if let Some(short) = (r.kind == EntityKind::Other)
                    .then(|| rules::storms::storm_name(name))
                    .flatten()
                {
                    Owner::add(&mut by_short, key_hash(&key(short)), entities.len());
                }
                if r.kind == EntityKind::Person {
                    for short in short_forms(name) {
                        Owner::add(&mut by_short, key_hash(&key(&short)), entities.len());
                    }
                    for stem in blend_stems(name) {
                        Owner::add(&mut by_blend, key_hash(&stem), entities.len());
                    }
                }
                if name.split_whitespace().count() >= 2 {
                    Owner::add(&mut by_initials, key_hash(&initials(name)), entities.len());
                    if let Some(spelt) = initials_keeping_acronyms(name) {
                        Owner::add(&mut by_initials, key_hash(&spelt), entities.len());
                    }
                }
                if let Some(short) = (r.kind == EntityKind::Organization)
                    .then(|| rules::club_short_name(name))
                    .flatten()
                {
                    Owner::add(&mut by_club, key_hash(&key(short)), entities.len());
                }
                if r.kind == EntityKind::Organization {
                    for start in company_starts(name) {
                        Owner::add(&mut by_company, key_hash(&key(&start)), entities.len());
                    }
                }
                // A company's initials without its legal forms ("BRI" of "PT Bank Rakyat
                // Indonesia Tbk").
                if let Some(bare) = (r.kind == EntityKind::Organization)
                    .then(|| rules::bare_company_name(name))
                    .flatten()
                {
                    Owner::add(&mut by_initials, key_hash(&initials(bare)), entities.len());
                }
                entities.push(Entity {
                    id: String::new(),
                    name: name.to_owned(),
                    kind: r.kind,
                    english: glossary_entry.and_then(|g| g.target.clone()),
                    description: None,
                    aliases: Vec::new(),
                    country: None,
                    mentions: Vec::new(),
                });
                entities.len() - 1
            }
        };
        by_key.entry(k).or_insert(e);
        if let Some(p) = r.place.as_deref() {
            by_place.entry(place_key(p)).or_insert(e);
        }
        // A place named with its unit of the map ("Kabupaten Sleman", "Provinsi Jawa Barat")
        // is the place the text names without it: the gazetteer's place the style names, or
        // else the name alone where the gazetteer has no other place of that name ("Kabupaten
        // Bandung" is not the city).
        if let Some(rest) = (r.kind == EntityKind::Place)
            .then(|| without_unit(name))
            .flatten()
        {
            match Gazetteer::get().lookup_styled(name) {
                Some(p) => {
                    by_place.entry(place_key(&p)).or_insert(e);
                }
                None if Gazetteer::get().lookup(rest).is_none() => {
                    by_key.entry(key_hash(&key(rest))).or_insert(e);
                }
                None => {}
            }
        }
        // The alias this mention defines ("Jokowi" in "Joko Widodo (Jokowi)", right after it:
        // see `add_aliases`) names the entity at once, so that a later "Jokowi" alone joins it.
        if let Some(a) = (i + 1..raws.len().min(i + 2))
            .find(|&a| matches!(raws[a].origin, Origin::Alias(t) if t == i))
        {
            by_key.entry(key_of(a)).or_insert(e);
            // A person's other name has its short forms too ("Din Minimi" … "Minimi").
            if r.kind == EntityKind::Person {
                for short in short_forms(text_of(&raws[a])) {
                    Owner::add(&mut by_short, key_hash(&key(&short)), e);
                }
            }
        }
        // An acronym inside the name ("Rumah Sakit Umum Daerah (RSUD) Sleman") is its alias;
        // one that two bodies of the text share ("(PN)" of two courts) is neither's.
        if let Some(inner) = inner_acronym(name) {
            let k = key_hash(&key(inner));
            match inner_owners.get(&k).copied() {
                None => {
                    inner_owners.insert(k, Some(e));
                    by_key.entry(k).or_insert(e);
                    let aliases = &mut entities[e].aliases;
                    if !aliases.iter().any(|a| a == inner) {
                        aliases.push(inner.to_owned());
                    }
                }
                Some(Some(first)) if first != e => {
                    inner_owners.insert(k, None);
                    if by_key.get(&k) == Some(&first) {
                        by_key.remove(&k);
                    }
                    entities[first].aliases.retain(|a| a != inner);
                }
                Some(_) => {}
            }
        }
        of_raw[i] = e as u32;
        if let Some(place) = r.place.as_deref() {
            let entity = &mut entities[e];
            if entity.kind == EntityKind::Place && entity.country.is_none() {
                entity.country = Some(place.country.to_owned());
                entity.english = entity.english.take().or(Some(place.english.to_owned()));
            }
        }
    }
    // The tables go as soon as they have served: a page of many names holds them at its peak.
    drop(by_short);
    drop(by_blend);
    drop(by_company);
    for (i, r) in raws.iter().enumerate() {
        if let Origin::Alias(target) = r.origin {
            if let Some(&e) = of_raw.get(target).filter(|&&e| e != NONE) {
                of_raw[i] = e;
                by_key.entry(key_of(i)).or_insert(e as usize);
            }
        }
    }
    drop(by_key);
    // An acronym a name defines in parentheses ("Kantor Berita Pusat Korea Utara (KCNA)") also
    // names the one other entity whose initials spell it (the English name in a photo credit,
    // say): the text's own evidence that the two names are one. The other entity must be of
    // the same kind, unless its name has three words or more: then the acronym's own kind
    // decides (a tagger may take "World Health Organization" for a person; no person's three
    // initials spell an acronym defined for something else in the same text by chance).
    let mut merged_into: Vec<usize> = (0..entities.len()).collect();
    for (i, r) in raws.iter().enumerate() {
        let (Origin::Alias(_), e) = (r.origin, of_raw[i]) else {
            continue;
        };
        if e == NONE {
            continue;
        }
        let e = e as usize;
        let alias = text_of(r);
        if !is_acronym(alias) {
            continue;
        }
        if let Some(c) = by_initials.get(&key_hash(alias)).and_then(Owner::one) {
            let same_kind = entities[c].kind == entities[e].kind;
            // `c` joins the entity `e` has joined by now: to the end of `e`'s chain, so that
            // acronyms that spell each other's names in a ring ("A B (EZ)", "G D (AB)", "E Z
            // (GD)") make one entity and never a loop.
            let to = merged_root(&mut merged_into, e);
            if c != to && merged_into[c] == c && (same_kind || alias.chars().count() >= 3) {
                merged_into[c] = to;
            }
        }
    }
    drop(by_initials);
    for slot in of_raw.iter_mut().filter(|e| **e != NONE) {
        *slot = merged_root(&mut merged_into, *slot as usize) as u32;
    }
    // Each entity's name and alias keys (hashed: no string per mention), so that each mention
    // costs one lookup, however many aliases its entity has.
    let mut entity_keys: FnvSet<(usize, u64)> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (i, key_hash(&key(&e.name))))
        .collect();
    // Each entity's mentions in one allocation of the size they need (most have one).
    let mut counts = vec![0u32; entities.len()];
    for &e in of_raw.iter().filter(|e| **e != NONE) {
        counts[e as usize] += 1;
    }
    for (entity, &n) in entities.iter_mut().zip(&counts) {
        entity.mentions.reserve_exact(n as usize);
    }
    drop(counts);
    for (i, r) in raws.iter().enumerate() {
        let e = of_raw[i];
        if e == NONE {
            continue;
        }
        let e = e as usize;
        let entity = &mut entities[e];
        entity.mentions.push(MentionRef {
            block: r.block,
            span: r.span,
        });
        if entity_keys.insert((e, key_of(i))) {
            // Most entities have one form: room for one, not the four of a first push.
            if entity.aliases.capacity() == 0 {
                entity.aliases.reserve_exact(1);
            }
            entity.aliases.push(text_of(r).to_owned());
        }
    }
    // The entities merged into others are left without mentions.
    entities.retain(|e| !e.mentions.is_empty());
    // Places the gazetteer knows get their English name and country even when the tagger found
    // them; the longest mention is the name.
    let gazetteer = Gazetteer::get();
    for entity in &mut entities {
        if entity.kind == EntityKind::Place && entity.country.is_none() {
            if let Some(place) = std::iter::once(&entity.name)
                .chain(&entity.aliases)
                .find_map(|n| gazetteer.lookup_styled(n))
            {
                entity.country = Some(place.country.to_owned());
                entity.english = entity.english.take().or(Some(place.english.to_owned()));
            }
        }
        if entity.kind == EntityKind::Person && entity.english.is_none() {
            entity.english = Some(entity.name.clone());
        }
    }
    prefer_states(&mut entities);
    entities
}

/// A country whose name is also a state's ("Georgia") is the state on a page that names two
/// other states of that state's country ("Arizona, Georgia and Nevada"): news about a country's
/// states speaks of them. The place's country and English name follow (the description too,
/// [`describe`]).
fn prefer_states(entities: &mut [Entity]) {
    let gazetteer = Gazetteer::get();
    // The states the page names, by their country: one pass (the gazetteer's states are of
    // one country or few).
    let mut states: Vec<(&str, usize)> = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Place) {
        if let Some(p) = gazetteer.lookup_styled(&e.name) {
            if p.kind == PlaceKind::State {
                match states.iter_mut().find(|s| s.0 == p.country) {
                    Some(s) => s.1 += 1,
                    None => states.push((p.country, 1)),
                }
            }
        }
    }
    if states.is_empty() {
        return;
    }
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Place) {
        if let Some(state) = gazetteer.hidden_state(&e.name) {
            if states.iter().any(|s| s.0 == state.country && s.1 >= 2) {
                e.country = Some(state.country.to_owned());
                e.english = Some(state.english.to_owned());
            }
        }
    }
}

/// The entity `e` has been merged into, following `merged_into` to its end (each entity on
/// the way then points two steps on: chains stay short however they were made).
fn merged_root(merged_into: &mut [usize], mut e: usize) -> usize {
    while merged_into[e] != e {
        let next = merged_into[e];
        merged_into[e] = merged_into[next];
        e = next;
    }
    e
}

/// Who owns a short form or initials in [`link`]: one entity, or several (then none joins).
#[derive(Clone, Copy)]
enum Owner {
    One(usize),
    Shared,
}

impl Owner {
    /// Notes `entity` as an owner of `key` (a second note makes it shared, even by the same
    /// entity: such a form is ambiguous within its own name).
    fn add(map: &mut HashMap<u64, Owner>, key: u64, entity: usize) {
        map.entry(key)
            .and_modify(|o| *o = Owner::Shared)
            .or_insert(Owner::One(entity));
    }

    fn one(&self) -> Option<usize> {
        match *self {
            Owner::One(e) => Some(e),
            Owner::Shared => None,
        }
    }
}

/// Every later occurrence of a known name (or a person's first or last name, or an
/// organisation's initials) is a mention, unless it is inside another mention. Prepared once,
/// then run block by block.
struct Repeats {
    names: Phrases<usize>,
    /// Spans of the mentions found so far, per block, sorted.
    taken: Vec<Vec<(u32, u32)>>,
    /// Lower-case keys of each entity's name and aliases (hashed), with the entity: one lookup a
    /// mention, however many aliases an entity has.
    keys: FnvSet<(usize, u64)>,
    buf: String,
    lang: Lang,
}

/// Adds to `names` each of `forms` (a name and its entity) that one entity alone has: a form
/// two entities share could be either's, and is not searched.
fn insert_unshared(names: &mut Phrases<usize>, mut forms: Vec<(String, usize)>) {
    forms.sort();
    forms.dedup();
    for group in forms.chunk_by(|a, b| a.0 == b.0) {
        if let [(f, e)] = group {
            names.insert(f.clone(), *e);
        }
    }
}

/// `span`, a repeated name found at token `i`, with the particles in lower case before it
/// that the entity's name or an alias writes before the same words ("ten Hag" of "Erik ten
/// Hag", "von der Leyen"; at most two): the surname's own words.
fn with_particles(text: &str, tokens: &[Kept], i: usize, span: Span, entity: &Entity) -> Span {
    let mut start = span.start;
    for k in (i.saturating_sub(2)..i).rev() {
        let t = tokens[k].token();
        let w = t.text(text);
        if !(w.starts_with(|ch: char| ch.is_lowercase()) && rules::cues::NAME_PARTICLES.contains(w))
        {
            break;
        }
        let form = &text[t.start..span.end];
        // Word for word inside the name (rare: only where a particle stands before a repeat).
        let written = |name: &String| format!(" {name} ").contains(&format!(" {form} "));
        if !std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(written)
        {
            break;
        }
        start = t.start;
    }
    Span::new(start, span.end)
}

impl Repeats {
    fn new(
        blocks: &[BlockText],
        entities: &[Entity],
        lang: Lang,
        pack: Option<&pack::Pack>,
    ) -> Repeats {
        let mut names = Phrases::default();
        let searched = |f: &str| f.starts_with(char::is_uppercase) && f.chars().count() >= 2;
        for (e, entity) in entities.iter().enumerate() {
            for f in std::iter::once(&entity.name).chain(&entity.aliases) {
                if searched(f) {
                    names.insert(f.clone(), e);
                }
            }
        }
        // A first or last name two people of the text share ("Fried" of "Sam Bankman Fried" and
        // of "Barbara Fried") could be either's: it is not searched.
        let shorts: Vec<(String, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, entity)| entity.kind == EntityKind::Person)
            .flat_map(|(e, entity)| {
                // The short forms of its other names too ("Minimi" of "Nurdin Ismail alias Din
                // Minimi").
                std::iter::once(&entity.name)
                    .chain(&entity.aliases)
                    .flat_map(|n| short_forms(n))
                    .map(move |f| (f, e))
            })
            .filter(|(f, _)| searched(f))
            .collect();
        insert_unshared(&mut names, shorts);
        // A company goes by its name without its legal form ("Astra Otoparts" of "PT Astra
        // Otoparts Tbk", "Enron" of "Enron Corp."), where that is no place.
        for (e, entity) in entities.iter().enumerate() {
            if entity.kind != EntityKind::Organization {
                continue;
            }
            if let Some(bare) = rules::bare_company_name(&entity.name) {
                if searched(bare) && Gazetteer::get().lookup(bare).is_none() {
                    names.insert(bare.to_owned(), e);
                }
            }
        }
        // A regency, a city or a province goes by its name without its unit ("Sleman" of
        // "Kabupaten Sleman", "Bupati Sleman"), in Indonesian (Malay's "Kota Kinabalu" is a
        // name whole), where no word of it is a function word ("Kota Baru": "baru", new) or
        // one the pack says is written in lower case, and only where one entity has it ("Kota
        // Bogor" and "Kabupaten Bogor" on one page: "Bogor" could be either).
        if lang.code() == Some("id") {
            let word =
                |w: &str| is_own_function_word(w, lang) || pack.is_some_and(|p| p.is_lower_word(w));
            let bare: Vec<(String, usize)> = entities
                .iter()
                .enumerate()
                .filter(|(_, entity)| entity.kind == EntityKind::Place)
                .filter_map(|(e, entity)| Some((rules::bare_place_name(&entity.name)?, e)))
                .filter(|(b, _)| searched(b) && !b.split(' ').any(word))
                .map(|(b, e)| (b.to_owned(), e))
                .collect();
            insert_unshared(&mut names, bare);
        }
        // A club goes by its name without its town ("Persebaya" of "Persebaya Surabaya").
        for (e, entity) in entities.iter().enumerate() {
            if entity.kind != EntityKind::Organization {
                continue;
            }
            if let Some(short) = rules::club_short_name(&entity.name) {
                names.insert(short.to_owned(), e);
            }
        }
        // An organisation's initials the text uses without defining them ("the Federal
        // Emergency Management Agency … a FEMA spokesman"): three capitals or more from as
        // many capitalised words, that spell no other entity's initials (as linking reads
        // them), name or known place.
        let mut spelt: Vec<(String, usize)> = entities
            .iter()
            .enumerate()
            // A company's initials leave out its legal forms ("BRI" of "PT Bank Rakyat
            // Indonesia (Persero) Tbk").
            .map(|(e, entity)| {
                let name = rules::bare_company_name(&entity.name).unwrap_or(&entity.name);
                (name, e)
            })
            .filter(|(name, _)| name.split_whitespace().count() >= 2)
            .map(|(name, e)| (initials(name), e))
            .collect();
        spelt.sort();
        spelt.dedup();
        for group in spelt.chunk_by(|a, b| a.0 == b.0) {
            if let [(acronym, e)] = group {
                if entities[*e].kind == EntityKind::Organization
                    && acronym.chars().count() >= 3
                    && names.get(acronym).is_none()
                    && Gazetteer::get().lookup(acronym).is_none()
                {
                    names.insert(acronym.clone(), *e);
                }
            }
        }
        let mut taken: Vec<Vec<(u32, u32)>> = vec![Vec::new(); blocks.len()];
        for m in entities.iter().flat_map(|e| e.mentions.iter()) {
            taken[m.block].push((offset(m.span.start), offset(m.span.end)));
        }
        for t in &mut taken {
            t.sort();
        }
        let keys = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(move |n| (i, key_hash(&key(n))))
            })
            .collect();
        Repeats {
            names,
            taken,
            keys,
            buf: String::new(),
            lang,
        }
    }

    /// How many tokens [`Repeats::block`] reads at a time.
    const STEP: usize = 2048;

    /// Adds the repeated names in block `b` to their entities, reading about [`Repeats::STEP`]
    /// of its `tokens` from `from` on; returns where to go on (`tokens.len()` when done).
    fn block(
        &mut self,
        blocks: &[BlockText],
        b: usize,
        tokens: &[Kept],
        from: usize,
        entities: &mut [Entity],
    ) -> usize {
        if self.names.is_empty() {
            return tokens.len();
        }
        let block = &blocks[b];
        let mut added: Vec<(Span, usize)> = Vec::new();
        let mut i = from;
        let upto = tokens.len().min(from + Self::STEP);
        while i < upto {
            let written = |k: usize| tokens[k].token().text(block.text);
            // A name's last word may carry a possessive, outside the mention ("Trump's
            // team"); its other words may not.
            let word = |k: usize| detect::without_possessive(written(k));
            let plain = |k: usize| word(k).len() == written(k).len();
            // A name's words before its last are plain (no possessive). Each word from `i` is
            // read once for all the counts tried: how far they were read, and the first with a
            // possessive found there.
            let read = std::cell::Cell::new((i, None));
            let accept = |len: usize| {
                let (mut upto, mut possessive) = read.get();
                while possessive.is_none() && upto < i + len - 1 {
                    if !plain(upto) {
                        possessive = Some(upto);
                    }
                    upto += 1;
                }
                read.set((upto, possessive));
                possessive.is_none_or(|p| i + len - 1 <= p)
            };
            let hit = if written(i).starts_with(char::is_uppercase) {
                self.names
                    .longest_at(tokens.len(), word, i, false, accept, &mut self.buf)
                    .map(|(len, &e)| {
                        let last = i + len - 1;
                        let end = tokens[last].token().start + word(last).len();
                        (Span::new(tokens[i].token().start, end), e, len)
                    })
            } else {
                None
            };
            // A name of one word that is a function word where its sentence opens is the word
            // ("Lima orang tewas …" on a page about Lima, Peru; "Will" of "Will Smith").
            let hit = hit.filter(|&(span, _, len)| {
                !(len == 1
                    && is_own_function_word(word(i), self.lang)
                    && block.sentence_of(span).is_some_and(|(_, s)| {
                        !block.text[s.start..span.start].chars().any(is_alphanumeric)
                    }))
            });
            // A currency's code is no mention of its country ("US$ 300 million" on a page about
            // the US: `rules::currencies`).
            let hit = hit.filter(|&(_, _, len)| {
                let last = i + len - 1;
                !rules::currencies::before_sign(
                    block.text,
                    tokens[last].token().end,
                    tokens.get(last + 1).map(|k| k.token()),
                )
            });
            // A holiday is no mention of a person it names ("Ramadhan" the month on a page
            // about Ramadhan Pohan, "Hari Raya" on one about Hari Sabarno: `rules::holidays`).
            let hit = hit.filter(|&(_, _, len)| {
                let around = [
                    i.checked_sub(1).map_or("", written),
                    written(i),
                    if i + 1 < tokens.len() {
                        written(i + 1)
                    } else {
                        ""
                    },
                ];
                !rules::holidays::opens_holiday(&around, 1, len, self.lang)
            });
            // A place named as a people, a nationality or a language is no mention of it
            // ("orang Jepang" after "pemerintah Jepang": `rules::demonyms`).
            let hit = hit.filter(|&(span, e, _)| {
                let country = || {
                    Gazetteer::get()
                        .lookup(&block.text[span.start..span.end])
                        .is_some_and(|p| p.kind == PlaceKind::Country)
                };
                !(entities[e].kind == EntityKind::Place
                    && i >= 1
                    && rules::demonyms::after_people(
                        written(i - 1),
                        i.checked_sub(2).map(written),
                        country,
                        self.lang,
                    ))
            });
            match hit {
                Some((span, e, len)) => {
                    let span = with_particles(block.text, tokens, i, span, &entities[e]);
                    // Mentions found so far start before `span` ends; does one still run into it?
                    let t = &self.taken[b];
                    let k = t.partition_point(|s| (s.0 as usize) < span.end);
                    if !t[..k]
                        .iter()
                        .rev()
                        .take(16)
                        .any(|s| s.1 as usize > span.start)
                    {
                        added.push((span, e));
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        for (span, e) in added {
            let form = &block.text[span.start..span.end];
            if self.keys.insert((e, key_hash(&key(form)))) {
                entities[e].aliases.push(form.to_owned());
            }
            entities[e].mentions.push(MentionRef { block: b, span });
        }
        i
    }
}

/// A token kept for the search for repeats: its byte offsets in 32 bits (its block is under
/// 4 GiB).
#[derive(Clone, Copy)]
struct Kept([u32; 2]);

impl Kept {
    fn of(t: Token) -> Kept {
        Kept([offset(t.start), offset(t.end)])
    }

    fn token(self) -> Token {
        Token {
            start: self.0[0] as usize,
            end: self.0[1] as usize,
        }
    }
}

/// A byte offset in 32 bits (`u32::MAX` past it: no such block's tokens are kept).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// A URL-safe identifier from a name.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if is_alphanumeric(c) {
            out.extend(lower_chars(c));
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "entity".to_owned()
    } else {
        out
    }
}

/// Orders entities by first mention, gives them ids, and lists each block's marks. A mention
/// must lie inside one sentence (a name repeated across a sentence's end is none): every
/// mention is a mark.
fn finish(
    mut entities: Vec<Entity>,
    texts: &[BlockText],
) -> (Vec<Entity>, Vec<Vec<(Span, usize)>>) {
    let blocks = texts.len();
    let in_a_sentence = |m: &MentionRef| {
        texts
            .get(m.block)
            .is_some_and(|b| b.sentence_of(m.span).is_some())
    };
    for e in &mut entities {
        e.mentions.retain(in_a_sentence);
    }
    entities.retain(|e| !e.mentions.is_empty());
    entities.sort_by_key(|e| e.mentions[0]);
    let mut used: HashMap<String, usize> = HashMap::default();
    for e in &mut entities {
        let base = slug(&e.name);
        let n = used.entry(base.clone()).or_insert(0);
        *n += 1;
        e.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
    let mut marks: Vec<Vec<(Span, usize)>> = vec![Vec::new(); blocks];
    for (i, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            marks[m.block].push((m.span, i));
        }
    }
    for list in &mut marks {
        list.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        // No overlaps: the earlier (and longer) mention wins.
        let mut kept: Vec<(Span, usize)> = Vec::with_capacity(list.len());
        for &(s, e) in list.iter() {
            if kept.last().is_none_or(|(k, _)| k.end <= s.start) {
                kept.push((s, e));
            }
        }
        *list = kept;
    }
    for e in &mut entities {
        e.mentions.clear();
    }
    for (b, list) in marks.iter().enumerate() {
        for &(span, e) in list {
            entities[e].mentions.push(MentionRef { block: b, span });
        }
    }
    // What the page keeps: no spare capacity (a page of thousands of names holds them long).
    for e in &mut entities {
        e.mentions.shrink_to_fit();
        e.aliases.shrink_to_fit();
    }
    (entities, marks)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_goes_by_its_first_and_last_words_and_a_balinese_one_without_its_marker() {
        let forms = super::short_forms("I Dewa Gede Budjana");
        for f in [
            "Dewa Budjana",
            "Gede Budjana",
            "Dewa Gede Budjana",
            "Budjana",
        ] {
            assert!(forms.iter().any(|s| s == f), "{f}: {forms:?}");
        }
        assert!(!forms.iter().any(|s| s.starts_with("I ")), "{forms:?}");
        let forms = super::short_forms("George W. Bush");
        assert!(forms.iter().any(|s| s == "George Bush"), "{forms:?}");
        // A marker and a birth-order name have no short form.
        assert!(super::short_forms("Ni Luh").is_empty());
        // A birth-order name alone is none of one person's.
        let forms = super::short_forms("I Made Mahayastra");
        assert!(!forms.iter().any(|s| s == "Made"), "{forms:?}");
        let forms = super::short_forms("Ida Bagus Rai Dharmawijaya");
        assert!(
            !forms.iter().any(|s| s == "Ida" || s == "Bagus"),
            "{forms:?}"
        );
    }

    #[test]
    fn a_british_spelling_of_an_organisation_word_is_one() {
        super::gazetteer::EnglishWords::add(include_str!("data/en.txt"));
        assert!(super::is_org_head("Organisation") && super::is_org_head("organization"));
        assert!(!super::is_org_head("Nation") && !super::is_org_head("Civilisation"));
    }

    #[test]
    fn english_bodies_end_in_nouns_compromise_lacks_too() {
        for head in ["Party", "Forces", "Guard", "Assembly", "Trust"] {
            assert!(super::ends_body(head), "{head}");
        }
        // Not a surname or a place's noun.
        for word in ["Park", "Square"] {
            assert!(!super::ends_body(word), "{word}");
        }
    }

    #[test]
    fn german_offices_are_titles_and_surnames_alone_are_not() {
        let de = Lang::from_tag("de");
        for w in [
            "Umweltministerin",
            "Ministerpräsidentin",
            "Oberstaatsanwalts",
            "Bundeskanzler",
            "Innenministers",
            "Präsidenten",
            "Vorsitzender",
            "Frau",
        ] {
            assert!(super::is_title(w, de), "{w}");
        }
        assert!(super::is_title("Richterin", de));
        for w in [
            "Richter",
            "Trainer",
            "Anne",
            "Berlin",
            "Ministerien",
            "umweltminister",
        ] {
            assert!(!super::is_title(w, de), "{w}");
        }
        assert!(!super::is_title("Umweltministerin", Lang::from_tag("nl")));
    }

    #[test]
    fn word_lists_match_whole_words_ignoring_case() {
        const L: super::WordList = super::WordList::new("bank jalan jl kota");
        for w in ["jalan", "Jalan", "JALAN", "jl", "Kota", "bank"] {
            assert!(L.contains(w), "{w}");
        }
        for w in [
            "jala", "jalanan", "j", "", "kotak", "bang", "Jälan", "ban k",
        ] {
            assert!(!L.contains(w), "{w}");
        }
        assert!(super::WordList::EMPTY.is_empty() && !super::WordList::EMPTY.contains("a"));
    }

    #[test]
    fn a_word_list_answers_as_a_search_of_its_words_would() {
        // Compared with a plain search on every listed word, its prefixes, extensions and
        // case variants (the letters' and lengths' index in front must rule out none).
        for list in [
            &super::ROLES_ID,
            &super::HONORIFICS_ID,
            &super::HONORIFICS_EN,
        ] {
            let words: Vec<&str> = list.words.split(' ').collect();
            for w in &words {
                let mut asked = vec![w.to_string(), w.to_uppercase(), format!("{w}a")];
                asked.push(format!("{w}z"));
                asked.extend((1..w.len()).map(|k| w[..k].to_owned()));
                asked.push(format!("{}{}", &w[..1].to_uppercase(), &w[1..]));
                for a in asked {
                    let plain = words.iter().any(|x| x.eq_ignore_ascii_case(&a));
                    assert_eq!(list.contains(&a), plain, "{a}");
                }
            }
        }
    }

    use super::*;

    #[test]
    fn bpk_in_capitals_is_the_audit_board_other_titles_in_capitals_stay() {
        let id = Lang::from_tag("id");
        for w in ["Bpk", "Bpk.", "Dr", "DR", "AKBP", "KH", "Pak"] {
            assert!(is_honorific(w, id), "{w}");
        }
        for w in ["BPK", "bpk", "Polri"] {
            assert!(!is_honorific(w, id), "{w}");
        }
    }

    /// An organisation's mention of `name` (its first occurrence in `text`).
    fn org(text: &str, name: &str, origin: Origin) -> Raw {
        let at = text.find(name).unwrap();
        Raw {
            block: 0,
            span: Span::new(at, at + name.len()),
            kind: EntityKind::Organization,
            place: None,
            origin,
        }
    }

    #[test]
    fn a_verbs_stem_is_written_lower_by_its_prefixed_forms() {
        let mut stems = Vec::new();
        for word in ["menangkap", "meresmikan", "menyebutkan", "dibuka", "menari"] {
            super::verb_stems(word, |s| stems.push(s.to_owned()));
        }
        for stem in ["tangkap", "resmikan", "sebutkan"] {
            assert!(stems.iter().any(|s| s == stem), "{stem} in {stems:?}");
        }
        // Short stems are too often names ("menari" → "Ari", "Tari"); "buka" is four letters.
        assert!(
            stems.iter().all(|s| s.len() >= super::MIN_STEM),
            "{stems:?}"
        );

        let text = "Polisi Tangkap Pencuri di Pasar. Polisi menangkap pencuri itu.";
        let sentences = [Span::new(0, 32), Span::new(33, text.len())];
        let block = BlockText {
            text,
            sentences: &sentences,
        };
        let mut lower = LowerWords {
            stems: true,
            ..LowerWords::default()
        };
        lower.candidates(&block);
        lower.read = 0;
        lower.evidence(&block);
        assert!(lower.contains("Tangkap"));
        // Without stems (other languages), only the word as written counts.
        let mut lower = LowerWords::default();
        lower.candidates(&block);
        lower.read = 0;
        lower.evidence(&block);
        assert!(!lower.contains("Tangkap"));
    }

    /// The page's lower-case evidence is read from the sentences of its first `LOWER_WORDS_READ`
    /// bytes, even within one long block: a word written in lower case only after them
    /// does not count (and such a block costs no more than the budget to read).
    #[test]
    fn lower_case_evidence_comes_from_the_budget_only_even_in_one_block() {
        let head = "Gubernur Resmikan Bandara Baru Kota.";
        let filler = "Ini kalimat pengisi biasa. ";
        let mut text = format!("{head} Warga ingin resmikan itu. ");
        while text.len() < 2 * LOWER_WORDS_READ {
            text.push_str(filler);
        }
        text.push_str("Mereka naik ke bandara.");
        // The sentences: the headline, then one per period.
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices(". ") {
            sentences.push(Span::new(start, i + 1));
            start = i + 2;
        }
        sentences.push(Span::new(start, text.len()));
        let block = BlockText {
            text: &text,
            sentences: &sentences,
        };
        let mut lower = LowerWords::default();
        lower.candidates(&block);
        lower.read = 0;
        lower.evidence(&block);
        assert!(lower.contains("Resmikan"), "written in lower case early on");
        assert!(
            !lower.contains("Bandara"),
            "in lower case only past the budget"
        );
        assert!(!lower.contains("Gubernur"), "never written in lower case");
        let read = LowerWords::default().within_budget(&block).len();
        assert!(sentences[read - 1].start < LOWER_WORDS_READ);
        assert!(sentences[read].start >= LOWER_WORDS_READ);
    }

    /// Calls `f` with `text` as a page of one block of one sentence.
    fn one_sentence<R>(text: &str, f: impl FnOnce(&[BlockText]) -> R) -> R {
        let sentence = [Span::new(0, text.len())];
        f(&[BlockText {
            text,
            sentences: &sentence,
        }])
    }

    /// A name written with an opening "The" and without it is one entity ("told The
    /// Associated Press" after "Associated Press"); "The" alone is its own word.
    #[test]
    fn an_opening_the_is_no_part_of_the_key() {
        assert_eq!(
            link_key("The  Associated Press"),
            link_key("associated press")
        );
        assert_eq!(without_the("The\u{a0}Associated Press"), "Associated Press");
        // Before one word it stays: "The Hill" is a newspaper, "Hill" a surname.
        assert_eq!(without_the("The Hill"), "The Hill");
        assert_eq!(without_the("The"), "The");
        assert_eq!(without_the("Theodore Roosevelt"), "Theodore Roosevelt");
        // The key of alias sets keeps it.
        assert_eq!(key("The Associated Press"), "the associated press");
        assert_eq!(
            initials_keeping_acronyms("PDI Perjuangan").as_deref(),
            Some("PDIP")
        );
        assert_eq!(initials_keeping_acronyms("Partai Golkar"), None);
        assert_eq!(blend_stems("Joko Widodo"), ["jokwi"]);
        assert_eq!(blend_stems_of("Jokowi"), ["jokwi", "jokow"]);
        assert!(is_blend("Jokowi", "Presiden Joko Widodo"));
        assert!(is_blend("Zulhas", "Zulkifli Hasan"));
        assert!(blend_stems("Zulkifli Hasan").contains(&"zulha".to_owned()));
        // Five letters at least, three of the first name, from names only.
        assert!(!is_blend("Joko", "Joko Widodo"));
        assert!(!is_blend("Jowid", "Jo Widodo"));
        assert!(blend_stems("Jo Ko").is_empty());
        assert!(!is_blend("Jokowi", "Joko Susilo"));
        assert_eq!(initials("The Associated Press"), "AP");
        assert_eq!(initials("The New York Times"), "NYT");
        let text = "(AP) — Associated Press said. Graham told The Associated Press so.";
        let raws = [
            org(text, "AP", Origin::Model),
            org(text, "Associated Press", Origin::Model),
            org(text, "The Associated Press", Origin::Model),
        ];
        one_sentence(text, |blocks| {
            let entities = link(blocks, &raws, &Glossary::default());
            assert_eq!(entities.len(), 1);
            assert_eq!(entities[0].mentions.len(), 3);
        });
        // A surname is not a newspaper's name.
        let text = "Fiona Hill told The Hill that Hill would go.";
        let person = |name: &str, at: usize| Raw {
            kind: EntityKind::Person,
            span: Span::new(at, at + name.len()),
            ..org(text, name, Origin::Model)
        };
        let raws = [
            person("Fiona Hill", 0),
            org(text, "The Hill", Origin::Model),
            person("Hill", text.rfind("Hill").unwrap()),
        ];
        one_sentence(text, |blocks| {
            let entities = link(blocks, &raws, &Glossary::default());
            assert_eq!(entities.len(), 2);
            assert_eq!(entities[0].mentions.len(), 2, "Fiona Hill and Hill");
        });
    }

    /// Acronyms that spell each other's names in a ring join the names into one entity: the
    /// merging once made a loop of them and never ended.
    #[test]
    fn acronyms_in_a_ring_make_one_entity() {
        let text = "Alpha Beta (EZ) and Gamma Delta (AB) and Epsilon Zeta (GD).";
        let raw = |name: &str, origin| org(text, name, origin);
        let ring = [
            raw("Alpha Beta", Origin::Model),
            raw("EZ", Origin::Alias(0)),
            raw("Gamma Delta", Origin::Model),
            raw("AB", Origin::Alias(2)),
            raw("Epsilon Zeta", Origin::Model),
            raw("GD", Origin::Alias(4)),
        ];
        one_sentence(text, |blocks| {
            let entities = link(blocks, &ring, &Glossary::default());
            assert_eq!(entities.len(), 1);
            assert_eq!(entities[0].mentions.len(), 6);
            // A chain rather than a ring (without the last alias): still one entity.
            assert_eq!(link(blocks, &ring[..5], &Glossary::default()).len(), 1);
        });
    }

    /// A surname the tagger read as a place or a body joins the one person the page names so;
    /// not where two people share it, nor an acronym.
    #[test]
    fn a_surname_read_as_another_kind_joins_its_person() {
        let text = "Emmerson Mnangagwa left. Mnangagwa's plan and Mnangagwa Holdings.";
        let person = |name: &str| Raw {
            kind: EntityKind::Person,
            ..org(text, name, Origin::Model)
        };
        let place = Raw {
            kind: EntityKind::Place,
            ..org(text, "Mnangagwa's", Origin::Model)
        };
        let place = Raw {
            span: Span::new(place.span.start, place.span.end - 2),
            ..place
        };
        one_sentence(text, |blocks| {
            let entities = link(
                blocks,
                &[person("Emmerson Mnangagwa"), place.clone()],
                &Glossary::default(),
            );
            assert_eq!(entities.len(), 1);
            assert_eq!(entities[0].kind, EntityKind::Person);
            // Two people of that surname: the place stays apart.
            let text2 = "Emmerson Mnangagwa and Grace Mnangagwa left. Mnangagwa's plan.";
            let raws = [
                Raw {
                    kind: EntityKind::Person,
                    ..org(text2, "Emmerson Mnangagwa", Origin::Model)
                },
                Raw {
                    kind: EntityKind::Person,
                    ..org(text2, "Grace Mnangagwa", Origin::Model)
                },
                Raw {
                    kind: EntityKind::Place,
                    span: Span::new(
                        text2.find("Mnangagwa's").unwrap(),
                        text2.find("Mnangagwa's").unwrap() + 9,
                    ),
                    ..org(text2, "Mnangagwa's", Origin::Model)
                },
            ];
            one_sentence(text2, |blocks| {
                assert_eq!(link(blocks, &raws, &Glossary::default()).len(), 3);
            });
            let _ = blocks;
        });
    }

    /// An alias comes right after the mention that defines it, pointing at it; mentions inside
    /// an alias give way to it; the rest keep their order.
    #[test]
    fn aliases_follow_their_mentions_in_place() {
        let text = "Komisi Anti Korupsi (KAK) dan Badan Statistik (BS), lalu Jakarta.";
        let raw = |name: &str| org(text, name, Origin::Model);
        let mut raws = vec![
            raw("Komisi Anti Korupsi"),
            raw("KAK"),
            raw("Badan Statistik"),
            raw("BS)"),
            raw("Jakarta"),
        ];
        one_sentence(text, |blocks| {
            add_aliases(blocks, &mut raws, Lang::from_tag("id"))
        });
        let got: Vec<(&str, Origin)> = raws
            .iter()
            .map(|r| (&text[r.span.start..r.span.end], r.origin))
            .collect();
        assert_eq!(
            got,
            [
                ("Komisi Anti Korupsi", Origin::Model),
                ("KAK", Origin::Alias(0)),
                ("Badan Statistik", Origin::Model),
                ("BS", Origin::Alias(2)),
                ("Jakarta", Origin::Model),
            ]
        );
    }

    /// Occurrences count only with no letter or digit on either side, in text order, and a word
    /// is dropped once settled.
    #[test]
    fn bounded_occurrences_of_words() {
        let texts = [
            "Kremlins and XKremlin, not Dr.X; but (Kremlin) and Dr. Ngo",
            "Kremlin again, Kremlin-Moskwa, Ngo",
        ];
        let blocks: Vec<BlockText> = texts
            .iter()
            .map(|t| BlockText {
                text: t,
                sentences: &[],
            })
            .collect();
        let mut seen = Vec::new();
        bounded_occurrences(
            &blocks,
            &["Kremlin", "Dr.", "Ngo", "Kremlin"],
            |w, b, at| {
                seen.push((w, b, at));
                // "Kremlin" is settled at its second occurrence, the others at their first.
                w != "Kremlin" || seen.iter().filter(|s| s.0 == "Kremlin").count() == 2
            },
        );
        assert_eq!(
            seen,
            [
                ("Kremlin", 0, 38),
                ("Dr.", 0, 51),
                ("Ngo", 0, 55),
                ("Kremlin", 1, 0),
            ]
        );
    }
}
