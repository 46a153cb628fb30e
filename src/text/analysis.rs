//! The result of analysing a page: blocks with their sentences.

use serde::Serialize;

use super::lang::Lang;
use super::ner::{self, BlockText};
use super::{
    BlockKind, Candidate, Entity, Glossary, Mark, MentionRef, Page, Segmenter, Span, Split,
};

/// One sentence of a block: its position in reading order and its byte span in the block's text.
///
/// ```
/// use baca::text::{analyze, Page};
/// let analysis = analyze(&Page::from_plain_text("Satu. Dua.", None));
/// let block = &analysis.blocks[0];
/// assert_eq!(block.sentences[1].index, 1);
/// assert_eq!(block.sentence_text(&block.sentences[1]), "Dua.");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// 0-based position of the sentence in the whole page, in reading order.
    pub index: usize,
    /// Byte range of the sentence in its block's text (no surrounding whitespace).
    pub span: Span,
    /// The entity mentions inside the sentence, in order, not overlapping.
    pub marks: Vec<Mark>,
}

/// A block of the page with its sentences.
///
/// ```
/// use baca::text::{analyze, BlockKind, Page, PageBlock};
/// let page = Page { lang: None, blocks: vec![PageBlock::new(BlockKind::Headline, "Kim ke Rusia")] };
/// let analysis = analyze(&page);
/// assert_eq!(analysis.blocks[0].kind, BlockKind::Headline);
/// assert_eq!(analysis.blocks[0].sentences.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text.
    pub text: String,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
}

impl Block {
    /// The text of `sentence`, one of this block's sentences.
    ///
    /// ```
    /// use baca::text::{analyze, Page};
    /// let a = analyze(&Page::from_plain_text("Ya. Tidak.", None));
    /// assert_eq!(a.blocks[0].sentence_text(&a.blocks[0].sentences[0]), "Ya.");
    /// ```
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        sentence.span.slice(&self.text)
    }
}

/// Everything the reader shows for a page: plain data that the CLI prints, tests compare and the
/// UI renders.
///
/// ```
/// use baca::text::{analyze, Page};
/// let analysis = analyze(&Page::from_plain_text("Kim tiba. Putin menunggu.\n\nSelesai.", Some("id")));
/// let texts: Vec<&str> = analysis.sentence_texts().collect();
/// assert_eq!(texts, ["Kim tiba.", "Putin menunggu.", "Selesai."]);
/// assert_eq!(analysis.lang.as_deref(), Some("id"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Analysis {
    /// BCP 47 language tag of the text, if known.
    pub lang: Option<String>,
    /// The page's blocks, in reading order.
    pub blocks: Vec<Block>,
    /// The people, places and organisations the page names, in order of first mention.
    pub entities: Vec<Entity>,
    /// Names the tagger was unsure of and nothing confirmed: not marked, listed apart.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
}

impl Analysis {
    /// The number of sentences on the page.
    ///
    /// ```
    /// let text = "Kim tiba. Putin menunggu.\n\nSelesai.";
    /// let a = baca::text::analyze(&baca::text::Page::from_plain_text(text, None));
    /// assert_eq!(a.sentence_count(), 3);
    /// ```
    pub fn sentence_count(&self) -> usize {
        self.blocks.iter().map(|b| b.sentences.len()).sum()
    }

    /// The index of the sentence a mention starts in.
    ///
    /// ```
    /// use baca::text::{analyze, MentionRef, Page, Span};
    /// let a = analyze(&Page::from_plain_text("Kim tiba. Putin menunggu.", None));
    /// let putin = MentionRef { block: 0, span: Span::new(10, 15) };
    /// assert_eq!(a.sentence_of(putin), Some(1));
    /// ```
    pub fn sentence_of(&self, m: MentionRef) -> Option<usize> {
        let block = self.blocks.get(m.block)?;
        block
            .sentences
            .iter()
            .find(|s| {
                s.span.start <= m.span.start && m.span.start < s.span.end.max(s.span.start + 1)
            })
            .map(|s| s.index)
    }

    /// A fingerprint of the page's text (64-bit FNV-1a over its blocks, in hex): the key under
    /// which the reader saves a reader's work on this article.
    ///
    /// ```
    /// use baca::text::{analyze, Page};
    /// let a = analyze(&Page::from_plain_text("Satu. Dua.", None));
    /// let b = analyze(&Page::from_plain_text("Satu. Dua.", None));
    /// assert_eq!(a.fingerprint(), b.fingerprint());
    /// assert_eq!(a.fingerprint().len(), 16);
    /// ```
    pub fn fingerprint(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in &self.blocks {
            for byte in b.text.bytes().chain(std::iter::once(0)) {
                h = (h ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{h:016x}")
    }

    /// Cuts every block of more than `max` sentences or `max_bytes` bytes into consecutive
    /// blocks of the same kind with at most that many each (at least one sentence), so that a
    /// reader renders a text without paragraphs (a data blob, a list with no breaks) in bounded
    /// steps like any other. Sentences, their indexes
    /// and text, and every mention stay; only block boundaries and the spans' offsets move. The
    /// blocks' texts joined give the old block's text back.
    ///
    /// ```
    /// let text = "Kim tiba. ".repeat(5);
    /// let mut a = baca::text::analyze(&baca::text::Page::from_plain_text(&text, Some("id")));
    /// let before: Vec<String> = a.sentence_texts().map(str::to_owned).collect();
    /// a.split_long_blocks(2, 1000);
    /// assert_eq!(a.blocks.len(), 3);
    /// assert_eq!(a.sentence_texts().collect::<Vec<_>>(), before);
    /// assert_eq!(a.blocks.iter().map(|b| b.text.as_str()).collect::<String>(), text.trim_end());
    /// ```
    pub fn split_long_blocks(&mut self, max: usize, max_bytes: usize) {
        let max = max.max(1);
        if self
            .blocks
            .iter()
            .all(|b| b.sentences.len() <= max && b.text.len() <= max_bytes)
        {
            return;
        }
        // Per old block: the first new block and the byte where each of its parts starts.
        let mut parts: Vec<(usize, Vec<usize>)> = Vec::with_capacity(self.blocks.len());
        let mut blocks = Vec::with_capacity(self.blocks.len());
        for block in std::mem::take(&mut self.blocks) {
            let n = block.sentences.len();
            if n <= max && block.text.len() <= max_bytes {
                parts.push((blocks.len(), vec![0]));
                blocks.push(block);
                continue;
            }
            // Each part's first sentence and first byte.
            let (mut firsts, mut starts) = (vec![0], vec![0]);
            for (k, s) in block.sentences.iter().enumerate().skip(1) {
                let (first, start) = (firsts[firsts.len() - 1], starts[starts.len() - 1]);
                if k - first == max || s.span.end - start > max_bytes {
                    firsts.push(k);
                    starts.push(block.sentences[k - 1].span.end);
                }
            }
            parts.push((blocks.len(), starts.clone()));
            let mut sentences = block.sentences.into_iter();
            for (k, &start) in starts.iter().enumerate() {
                let end = starts.get(k + 1).copied().unwrap_or(block.text.len());
                let count = firsts.get(k + 1).unwrap_or(&n) - firsts[k];
                let shift = |span: Span| Span::new(span.start - start, span.end - start);
                let own = sentences
                    .by_ref()
                    .take(count)
                    .map(|mut s| {
                        s.span = shift(s.span);
                        for m in &mut s.marks {
                            m.span = shift(m.span);
                        }
                        s
                    })
                    .collect();
                blocks.push(Block {
                    kind: block.kind,
                    text: block.text[start..end].to_owned(),
                    sentences: own,
                });
            }
        }
        self.blocks = blocks;
        let place = |m: &mut MentionRef| {
            if let Some((first, starts)) = parts.get(m.block) {
                let k = starts.partition_point(|&s| s <= m.span.start).max(1) - 1;
                m.block = first + k;
                m.span = Span::new(m.span.start - starts[k], m.span.end - starts[k]);
            }
        };
        for e in &mut self.entities {
            e.mentions.iter_mut().for_each(place);
            if let Some(evidence) = e.description.as_mut().and_then(|d| d.evidence.as_mut()) {
                place(evidence);
            }
        }
    }

    /// The text of every sentence, in reading order.
    ///
    /// ```
    /// let a = baca::text::analyze(&baca::text::Page::from_plain_text("Ya. Tidak.", None));
    /// assert_eq!(a.sentence_texts().count(), 2);
    /// ```
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> + '_ {
        self.blocks
            .iter()
            .flat_map(|b| b.sentences.iter().map(move |s| b.sentence_text(s)))
    }
}

/// Analyses a page: splits every block into sentences with the rules of the page's language (its
/// `lang`, else the language detected in its text) and numbers them in reading order.
///
/// ```
/// use baca::text::{analyze, Page};
/// let analysis = analyze(&Page::from_plain_text("Dia tiba pukul 08.20 WIB. Kami menunggu di sini.", None));
/// assert_eq!(analysis.sentence_count(), 2);
/// assert_eq!(analysis.lang.as_deref(), Some("id")); // detected
/// ```
pub fn analyze(page: &Page) -> Analysis {
    analyze_with(page, &Glossary::default())
}

/// Analyses a page with the user's glossary: sentences, and the entities of the text and the
/// glossary, each mention marked in its sentence.
///
/// ```
/// use baca::text::{analyze_with, Glossary, Page};
/// let glossary = Glossary::from_tsv("Kemlu\tForeign Ministry\ttype: organization").unwrap();
/// let a = analyze_with(&Page::from_plain_text("Kemlu menyatakan bahwa rapat ditunda.", Some("id")), &glossary);
/// let kemlu = a.entities.iter().find(|e| e.name == "Kemlu").unwrap();
/// assert_eq!(kemlu.english.as_deref(), Some("Foreign Ministry"));
/// assert_eq!(a.blocks[0].sentences[0].marks.len(), 1);
/// ```
pub fn analyze_with(page: &Page, glossary: &Glossary) -> Analysis {
    let mut analyzer = Analyzer::new(page.clone(), glossary.clone());
    loop {
        if let Some(analysis) = analyzer.step(&mut || true) {
            return analysis;
        }
    }
}

/// An analysis done in steps, so that a browser stays responsive on a long page: sentence
/// splitting and entity finding run block by block and ask `more()` in between; each call of
/// [`Analyzer::step`] returns when `more()` says no (after at least one block) or when done.
///
/// ```
/// use baca::text::{Analyzer, Glossary, Page};
/// let page = Page::from_plain_text("Satu.\n\nDua. Tiga.", Some("id"));
/// let mut analyzer = Analyzer::new(page, Glossary::default());
/// let mut steps = 1;
/// let analysis = loop {
///     match analyzer.step(&mut || false) {
///         Some(done) => break done,
///         None => steps += 1,
///     }
/// };
/// assert!(steps > 1);
/// assert_eq!(analysis.sentence_count(), 3);
/// ```
pub struct Analyzer {
    page_lang: Option<String>,
    lang: Lang,
    segmenter: Segmenter,
    glossary: Glossary,
    /// Blocks not split into sentences yet.
    pending: std::vec::IntoIter<super::PageBlock>,
    /// The block being split, and how far.
    splitting: Option<(super::PageBlock, Split)>,
    blocks: Vec<Block>,
    /// Sentence spans per block (what entity finding reads).
    spans: Vec<Vec<Span>>,
    /// Sentences so far.
    sentences: usize,
    finder: ner::Finder,
}

impl Analyzer {
    /// An analysis of `page` with the user's `glossary`, not started.
    pub fn new(page: Page, glossary: Glossary) -> Analyzer {
        let lang = page.language();
        Analyzer {
            page_lang: page.lang,
            lang,
            segmenter: Segmenter::new(lang),
            glossary,
            blocks: Vec::with_capacity(page.blocks.len()),
            spans: Vec::with_capacity(page.blocks.len()),
            sentences: 0,
            pending: page.blocks.into_iter(),
            splitting: None,
            finder: ner::Finder::new(lang),
        }
    }

    /// How far the analysis is, in percent (splitting counts for a tenth).
    pub fn percent(&self) -> u32 {
        let total = self.blocks.len() + self.pending.len();
        if total == 0 {
            return 100;
        }
        if self.pending.len() > 0 {
            return (10 * self.blocks.len() / total) as u32;
        }
        10 + (90 * self.finder.progress(total) / 100) as u32
    }

    /// Does some work; the analysis when it is done.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> Option<Analysis> {
        while !self.sentences_done() {
            self.split_some();
            if !more() {
                return None;
            }
        }
        let texts: Vec<BlockText> = self
            .blocks
            .iter()
            .zip(&self.spans)
            .map(|(b, spans)| BlockText {
                text: &b.text,
                sentences: spans,
            })
            .collect();
        let (entities, marks) = self.finder.step(&texts, &self.glossary, more)?;
        let mut blocks = std::mem::take(&mut self.blocks);
        for (block, marks) in blocks.iter_mut().zip(marks) {
            for (span, entity) in marks {
                // The sentence that holds the mark: sentences are in order.
                let k = block.sentences.partition_point(|s| s.span.end < span.end);
                if let Some(s) = block
                    .sentences
                    .get_mut(k)
                    .filter(|s| s.span.start <= span.start && span.end <= s.span.end)
                {
                    s.marks.push(Mark { span, entity });
                }
            }
            for s in &mut block.sentences {
                s.marks.shrink_to_fit();
            }
        }
        Some(Analysis {
            lang: self.lang_tag(),
            blocks,
            entities,
            candidates: self.finder.take_candidates(),
        })
    }
}

impl Analyzer {
    /// How many bytes of a block one step splits into sentences at most.
    const SPLIT_BYTES: usize = 1 << 16;

    /// Splits blocks into sentences until `more()` says stop (after at least one step) or they
    /// are all split; whether they are. The names are left for [`Analyzer::step`].
    pub fn step_sentences(&mut self, more: &mut dyn FnMut() -> bool) -> bool {
        while !self.sentences_done() {
            self.split_some();
            if !more() {
                break;
            }
        }
        self.sentences_done()
    }

    /// Whether every block is split into sentences.
    pub fn sentences_done(&self) -> bool {
        self.splitting.is_none() && self.pending.len() == 0
    }

    /// Splits up to [`Analyzer::SPLIT_BYTES`] more of the blocks into sentences.
    fn split_some(&mut self) {
        let (block, split) = match &mut self.splitting {
            Some(current) => current,
            None => match self.pending.next() {
                Some(block) => self.splitting.insert((block, self.segmenter.split())),
                None => return,
            },
        };
        let Some(spans) = split.step(&block.text, Self::SPLIT_BYTES) else {
            return;
        };
        let Some((block, _)) = self.splitting.take() else {
            return;
        };
        let first = self.sentences;
        let sentences: Vec<Sentence> = spans
            .into_iter()
            .enumerate()
            .map(|(k, span)| Sentence {
                index: first + k,
                span,
                marks: Vec::new(),
            })
            .collect();
        self.sentences += sentences.len();
        self.spans.push(sentences.iter().map(|s| s.span).collect());
        self.blocks.push(Block {
            kind: block.kind,
            text: block.text,
            sentences,
        });
    }

    /// The analysis so far without names: every block with its sentences once they are split
    /// ([`Analyzer::sentences_done`]), so that a reader can show them while the names are
    /// still being found, or for good when finding them takes too long.
    ///
    /// ```
    /// use baca::text::{Analyzer, Glossary, Page};
    /// let mut analyzer = Analyzer::new(Page::from_plain_text("Kim tiba. Putin menunggu.", Some("id")), Glossary::default());
    /// while !analyzer.sentences_done() {
    ///     analyzer.step(&mut || false);
    /// }
    /// let plain = analyzer.without_names();
    /// assert_eq!(plain.sentence_count(), 2);
    /// assert!(plain.entities.is_empty());
    /// ```
    pub fn without_names(&self) -> Analysis {
        Analysis {
            lang: self.lang_tag(),
            blocks: self.blocks.clone(),
            entities: Vec::new(),
            candidates: Vec::new(),
        }
    }

    fn lang_tag(&self) -> Option<String> {
        self.page_lang
            .clone()
            .or_else(|| self.lang.code().map(str::to_owned))
    }
}

impl Page {
    /// The language rules the page is read with: its declared language, else the one detected
    /// in its first few thousand characters.
    ///
    /// ```
    /// use baca::text::Page;
    /// let text = "Dia mengatakan bahwa pertemuan itu akan berlangsung di kota yang sama.";
    /// assert_eq!(Page::from_plain_text(text, None).language().code(), Some("id"));
    /// assert_eq!(Page::from_plain_text(text, Some("de")).language().code(), Some("de"));
    /// ```
    pub fn language(&self) -> Lang {
        Lang::resolve(self.lang.as_deref(), &text_sample(self))
    }

    /// The language the page's text is surely in ([`crate::text::lang::detect_sure`]) when it
    /// is not the declared one: the language to read the page in instead. `None` when the page
    /// declares none, or detection agrees or is unsure.
    ///
    /// ```
    /// use baca::text::Page;
    /// let text = "Polisi mengatakan bahwa tersangka yang ditangkap di rumahnya itu akan segera \
    ///     diserahkan ke kejaksaan. Dia juga mengatakan bahwa barang bukti yang disita dari \
    ///     tersangka sudah diperiksa oleh tim dari kepolisian daerah, dan hasilnya akan \
    ///     diumumkan pada pekan depan setelah semua saksi yang ada dimintai keterangan.";
    /// assert_eq!(Page::from_plain_text(text, Some("en")).language_override(), Some("id"));
    /// assert_eq!(Page::from_plain_text(text, Some("id-ID")).language_override(), None);
    /// assert_eq!(Page::from_plain_text(text, None).language_override(), None);
    /// ```
    pub fn language_override(&self) -> Option<&'static str> {
        let declared = Lang::from_tag(self.lang.as_deref()?);
        let sure = crate::text::lang::detect_sure(&text_sample(self))?;
        (declared.code() != Some(sure)).then_some(sure)
    }
}

/// The page's first few thousand bytes of text, for language detection.
fn text_sample(page: &Page) -> String {
    const SAMPLE: usize = 4000;
    let mut sample = String::new();
    for block in &page.blocks {
        if sample.len() > SAMPLE {
            break;
        }
        // At most the bytes still wanted, cut at a char boundary: a long block is not copied.
        let mut end = block.text.len().min(SAMPLE + 1 - sample.len());
        while !block.text.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&block.text[..end]);
        sample.push('\n');
    }
    sample
}
