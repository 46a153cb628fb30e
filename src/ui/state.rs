//! The reader's state: one reducer, actions in, a new state out. Persisted parts (translations,
//! notes, reading position, settings) are plain serialisable data.

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::support::json::{quote, Json};

use crate::text::{Analysis, MentionRef};

/// How translations show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The article only.
    #[default]
    Source,
    /// Each sentence with its translation under it.
    Interleaved,
    /// Sentences and translations in two columns.
    SideBySide,
}

/// A colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Sepia,
}

impl Theme {
    /// The theme's name in markup.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
        }
    }

    /// The theme with this name.
    pub fn from_name(name: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark, Theme::Sepia]
            .into_iter()
            .find(|t| t.as_str() == name)
    }
}

impl View {
    /// The view's name (in saved settings and markup).
    pub fn as_str(self) -> &'static str {
        match self {
            View::Source => "source",
            View::Interleaved => "interleaved",
            View::SideBySide => "side-by-side",
        }
    }

    /// The view with this name.
    pub fn from_name(name: &str) -> Option<View> {
        [View::Source, View::Interleaved, View::SideBySide]
            .into_iter()
            .find(|v| v.as_str() == name)
    }
}

/// Reads a saved object: each field present must have the right type, else the whole is
/// unreadable (`None`); absent fields keep their defaults.
fn read_fields(text: &str, mut field: impl FnMut(&str, &Json) -> Option<()>) -> Option<()> {
    let json = Json::parse(text).ok()?;
    for (name, value) in json.as_object()? {
        field(name, value)?;
    }
    Some(())
}

fn strings(value: &Json) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// The reader's settings; saved for every article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Text size, percent.
    pub font_size: u16,
    /// Line height, hundredths.
    pub line_height: u16,
    /// The chosen theme; `None` follows `prefers-color-scheme`.
    pub theme: Option<Theme>,
    /// The language translations are in.
    pub target_lang: String,
    /// How translations show.
    pub view: View,
}

impl Settings {
    /// The settings as saved (JSON).
    ///
    /// ```
    /// use baca::ui::state::Settings;
    /// let s = Settings { font_size: 115, ..Settings::default() };
    /// assert_eq!(Settings::from_json(&s.to_json()), Some(s));
    /// assert_eq!(Settings::from_json(r#"{"font_size": "big"}"#), None);
    /// assert_eq!(Settings::from_json(r#"{"theme": "dark", "extra": 1}"#).unwrap().theme, Some(baca::ui::state::Theme::Dark));
    /// ```
    pub fn to_json(&self) -> String {
        format!(
            r#"{{"font_size":{},"line_height":{},"theme":{},"target_lang":{},"view":{}}}"#,
            self.font_size,
            self.line_height,
            self.theme.map_or("null".to_owned(), |t| quote(t.as_str())),
            quote(&self.target_lang),
            quote(self.view.as_str())
        )
    }

    /// Saved settings, or `None` if they cannot be read.
    pub fn from_json(text: &str) -> Option<Settings> {
        let mut s = Settings::default();
        read_fields(text, |name, v| {
            match name {
                "font_size" => s.font_size = v.as_u64()?.try_into().ok()?,
                "line_height" => s.line_height = v.as_u64()?.try_into().ok()?,
                "theme" => {
                    s.theme = if *v == Json::Null {
                        None
                    } else {
                        Some(Theme::from_name(v.as_str()?)?)
                    }
                }
                "target_lang" => s.target_lang = v.as_str()?.to_owned(),
                "view" => s.view = View::from_name(v.as_str()?)?,
                _ => {}
            }
            Some(())
        })?;
        Some(s)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            font_size: 100,
            line_height: 160,
            theme: None,
            target_lang: "en".into(),
            view: View::Source,
        }
    }
}

/// What a reader saved for one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// Translations by sentence index ("" for none).
    pub translations: Vec<String>,
    /// Notes by sentence index ("" for none).
    pub notes: Vec<String>,
    /// The sentence the reader was at.
    pub position: usize,
}

impl Saved {
    /// The saved work as JSON.
    ///
    /// ```
    /// use baca::ui::state::Saved;
    /// let s = Saved { translations: vec!["One.".into(), "".into()], notes: vec!["".into(), "check".into()], position: 1 };
    /// assert_eq!(Saved::from_json(&s.to_json()), Some(s));
    /// assert_eq!(Saved::from_json("[1,2"), None);
    /// ```
    pub fn to_json(&self) -> String {
        let list = |items: &[String]| items.iter().map(|t| quote(t)).collect::<Vec<_>>().join(",");
        format!(
            r#"{{"translations":[{}],"notes":[{}],"position":{}}}"#,
            list(&self.translations),
            list(&self.notes),
            self.position
        )
    }

    /// Saved work, or `None` if it cannot be read.
    pub fn from_json(text: &str) -> Option<Saved> {
        let mut s = Saved::default();
        read_fields(text, |name, v| {
            match name {
                "translations" => s.translations = strings(v)?,
                "notes" => s.notes = strings(v)?,
                "position" => s.position = v.as_u64()?.try_into().ok()?,
                _ => {}
            }
            Some(())
        })?;
        Some(s)
    }
}

/// An open glossary card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardState {
    /// The entity.
    pub entity: usize,
    /// Which of its mentions the card points at.
    pub mention: usize,
    /// Opened by a click, tap or Enter (a dialog with buttons), not by hover or focus (a tooltip).
    pub pinned: bool,
}

/// A side panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    None,
    Glossary,
    Settings,
    Files,
}

impl Panel {
    /// The `data-baca` name of the toolbar button that opens the panel.
    ///
    /// ```
    /// use baca::ui::state::Panel;
    /// assert_eq!(Panel::Glossary.toggle(), "toggle-glossary");
    /// ```
    pub fn toggle(self) -> &'static str {
        match self {
            Panel::Glossary => "toggle-glossary",
            Panel::Settings => "toggle-settings",
            Panel::Files | Panel::None => "toggle-files",
        }
    }
}

/// The reader's state.
#[derive(Clone, Debug, PartialEq)]
pub struct ReaderState {
    pub analysis: Rc<Analysis>,
    /// The article's fingerprint (the key of what is saved for it), computed once: hashing a
    /// long article on every render would cost more than the render.
    pub fingerprint: AttrValue,
    /// The sentence with the focus line.
    pub current: usize,
    pub card: Option<CardState>,
    pub panel: Panel,
    pub translations: Rc<Vec<String>>,
    /// The reader's notes, by sentence index.
    pub notes: Rc<Vec<String>>,
    /// The sentence whose note field is open for writing.
    pub note_open: Option<usize>,
    pub settings: Settings,
    /// How many blocks are rendered (long articles render a screenful first): always a chunk
    /// boundary.
    pub rendered_blocks: usize,
    /// Where the chunks start (block indexes), and the number of blocks last: the reader renders
    /// a chunk as one component and a step at a time (see [`chunk_starts`]).
    pub chunks: Rc<Vec<usize>>,
    /// The analysis before the last re-analysis of the same text (the names found, the glossary
    /// changed), while the rendered blocks move to the new one a step at a time: blocks from
    /// `upgraded` on still show this one. Re-rendering a long article at once would hold the
    /// browser for a long task.
    pub previous: Option<Rc<Analysis>>,
    /// Blocks before this show `analysis`, the others `previous`.
    pub upgraded: usize,
    /// A message for the reader (a storage problem, an import error).
    pub message: Option<String>,
}

/// The most blocks of a chunk.
pub const RENDER_STEP: usize = 40;

/// The most bytes of text of a chunk (unless one block has more): what one step renders, so
/// that a step of a text dense with names (every word a mark) stays short, like one of news.
pub const CHUNK_BYTES: usize = 4000;

/// Where the chunks of `analysis` start: runs of consecutive blocks of at most [`RENDER_STEP`]
/// blocks and [`CHUNK_BYTES`] bytes of text (at least one block each), then the block count. The
/// sentences alone decide them, so that an analysis and its re-analysis with names have the
/// same chunks.
///
/// ```
/// use baca::text::{analyze, Page};
/// let text = vec!["Satu dua tiga."; 100].join("\n\n");
/// let chunks = baca::ui::state::chunk_starts(&analyze(&Page::from_plain_text(&text, None)));
/// assert_eq!(chunks, [0, 40, 80, 100]);
/// ```
pub fn chunk_starts(analysis: &Analysis) -> Vec<usize> {
    let mut starts = vec![0];
    let (mut blocks, mut bytes) = (0, 0);
    for (b, block) in analysis.blocks.iter().enumerate() {
        if blocks > 0 && (blocks == RENDER_STEP || bytes + block.text.len() > CHUNK_BYTES) {
            starts.push(b);
            (blocks, bytes) = (0, 0);
        }
        blocks += 1;
        bytes += block.text.len();
    }
    if analysis.blocks.is_empty() {
        return starts;
    }
    starts.push(analysis.blocks.len());
    starts
}

/// The end of the chunk that holds block `b` (the block count past the last).
fn chunk_end(chunks: &[usize], b: usize) -> usize {
    let k = chunks.partition_point(|&s| s <= b);
    chunks
        .get(k)
        .copied()
        .unwrap_or_else(|| chunks.last().copied().unwrap_or(0))
}

/// Something that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum ReaderAction {
    /// Put the focus line on a sentence.
    Focus(usize),
    /// Move the focus line by this many sentences.
    Step(isize),
    /// Open a card for an entity's mention.
    OpenCard(CardState),
    CloseCard,
    /// Close the card unless it was pinned (the pointer left).
    CloseHoverCard,
    /// Move the open card to the entity's previous or next mention (and the focus line with it).
    CardStep(isize),
    TogglePanel(Panel),
    Translate(usize, String),
    /// Write a sentence's note.
    Note(usize, String),
    /// Open the note field of the current sentence, or close the open one.
    ToggleNote,
    /// Close the open note field.
    CloseNote,
    /// Fill empty translations (from the on-device translator).
    FillTranslations(Vec<(usize, String)>),
    Settings(Settings),
    RenderMore,
    Message(Option<String>),
    /// What was saved for this article.
    Restore(Saved),
    /// A new analysis of the same page (the user's glossary changed).
    Reanalysed(Rc<Analysis>),
}

impl ReaderState {
    /// The state for an analysis, with saved settings.
    pub fn new(analysis: Rc<Analysis>, settings: Settings) -> ReaderState {
        let count = analysis.sentence_count();
        let chunks = chunk_starts(&analysis);
        ReaderState {
            fingerprint: analysis.fingerprint().into(),
            rendered_blocks: chunk_end(&chunks, 0),
            chunks: Rc::new(chunks),
            previous: None,
            upgraded: 0,
            analysis,
            current: 0,
            card: None,
            panel: Panel::None,
            translations: Rc::new(vec![String::new(); count]),
            notes: Rc::new(vec![String::new(); count]),
            note_open: None,
            settings,
            message: None,
        }
    }

    /// Number of sentences.
    pub fn count(&self) -> usize {
        self.analysis.sentence_count()
    }

    /// The index of the sentence holding a mention.
    pub fn sentence_of(&self, m: MentionRef) -> Option<usize> {
        self.analysis.sentence_of(m)
    }

    /// The block holding sentence `index`.
    pub fn block_of(&self, index: usize) -> Option<usize> {
        self.analysis.blocks.iter().position(|b| {
            b.sentences.first().is_some_and(|s| s.index <= index)
                && b.sentences.last().is_some_and(|s| index <= s.index)
        })
    }

    /// What to save for the article.
    pub fn saved(&self) -> Saved {
        Saved {
            translations: self.translations.as_ref().clone(),
            notes: self.notes.as_ref().clone(),
            position: self.current,
        }
    }

    /// Renders at least up to the block of sentence `index`.
    fn reveal(&mut self, index: usize) {
        if let Some(b) = self.block_of(index) {
            self.rendered_blocks = self.rendered_blocks.max(chunk_end(&self.chunks, b));
        }
    }
}

impl Reducible for ReaderState {
    type Action = ReaderAction;

    fn reduce(self: Rc<Self>, action: ReaderAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let count = s.count();
        match action {
            ReaderAction::Focus(i) => {
                s.current = i.min(count.saturating_sub(1));
                s.reveal(s.current);
            }
            ReaderAction::Step(d) => {
                let i =
                    (s.current as isize + d).clamp(0, count.saturating_sub(1) as isize) as usize;
                s.current = i;
                s.note_open = None;
                s.reveal(i);
            }
            ReaderAction::OpenCard(card) => {
                // A hover does not take over a pinned card.
                if s.card == Some(card) || (!card.pinned && s.card.is_some_and(|c| c.pinned)) {
                    return self;
                }
                s.card = Some(card);
            }
            ReaderAction::CloseCard => {
                if s.card.is_none() {
                    return self;
                }
                s.card = None;
            }
            ReaderAction::CloseHoverCard => {
                if s.card.is_none_or(|c| c.pinned) {
                    return self;
                }
                s.card = None;
            }
            ReaderAction::CardStep(d) => {
                let Some(mut card) = s.card else { return self };
                let Some(entity) = s.analysis.entities.get(card.entity) else {
                    return self;
                };
                let n = entity.mentions.len();
                if n == 0 {
                    return self;
                }
                card.mention = (card.mention as isize + d).rem_euclid(n as isize) as usize;
                card.pinned = true;
                if let Some(i) = s.sentence_of(entity.mentions[card.mention]) {
                    s.current = i;
                    s.reveal(i);
                }
                s.card = Some(card);
            }
            ReaderAction::TogglePanel(p) => s.panel = if s.panel == p { Panel::None } else { p },
            ReaderAction::Translate(i, text) => {
                let t = Rc::make_mut(&mut s.translations);
                if let Some(slot) = t.get_mut(i) {
                    *slot = text;
                }
            }
            ReaderAction::Note(i, text) => {
                if let Some(slot) = Rc::make_mut(&mut s.notes).get_mut(i) {
                    *slot = text;
                }
            }
            ReaderAction::CloseNote => {
                if s.note_open.is_none() {
                    return self;
                }
                s.note_open = None;
            }
            ReaderAction::ToggleNote => {
                s.note_open = if s.note_open.is_some() {
                    None
                } else {
                    Some(s.current)
                };
            }
            ReaderAction::FillTranslations(items) => {
                let t = Rc::make_mut(&mut s.translations);
                for (i, text) in items {
                    if let Some(slot) = t.get_mut(i).filter(|slot| slot.is_empty()) {
                        *slot = text;
                    }
                }
                // Asked for (only the Translate button sends them), the translations are shown:
                // under each sentence if they were hidden. The view is a setting like any other,
                // kept for the next article, and the settings panel turns it back.
                if s.settings.view == View::Source {
                    s.settings.view = View::Interleaved;
                }
            }
            ReaderAction::Settings(settings) => s.settings = settings,
            ReaderAction::RenderMore => {
                // The blocks on screen move to a new analysis first, then more are rendered.
                if s.previous.is_some() {
                    s.upgraded = chunk_end(&s.chunks, s.upgraded);
                    if s.upgraded >= s.rendered_blocks {
                        s.previous = None;
                    }
                } else {
                    s.rendered_blocks = chunk_end(&s.chunks, s.rendered_blocks);
                }
            }
            ReaderAction::Message(m) => s.message = m,
            ReaderAction::Restore(saved) => {
                let t = Rc::make_mut(&mut s.translations);
                for (slot, text) in t.iter_mut().zip(saved.translations) {
                    *slot = text;
                }
                for (slot, text) in Rc::make_mut(&mut s.notes).iter_mut().zip(saved.notes) {
                    *slot = text;
                }
                s.current = saved.position.min(count.saturating_sub(1));
                s.reveal(s.current);
            }
            ReaderAction::Reanalysed(analysis) => {
                s.card = None;
                let chunks = chunk_starts(&analysis);
                let same_text =
                    chunks == *s.chunks && analysis.sentence_count() == s.analysis.sentence_count();
                let old = std::mem::replace(&mut s.analysis, analysis);
                if same_text {
                    // The first chunk moves at once, the others a step at a time.
                    s.previous = Some(s.previous.take().unwrap_or(old));
                    s.upgraded = chunk_end(&s.chunks, 0);
                    if s.upgraded >= s.rendered_blocks {
                        s.previous = None;
                    }
                } else {
                    s.previous = None;
                    s.chunks = Rc::new(chunks);
                    s.rendered_blocks = chunk_end(&s.chunks, 0);
                }
            }
        }
        Rc::new(s)
    }
}
