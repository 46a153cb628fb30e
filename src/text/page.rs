//! What a page gives the reader: its language and its readable text blocks.
//!
//! [`Page::from_tree`] turns an article's element tree into blocks. It is written against the
//! small [`PageNode`] trait so the same rules run on the browser DOM (`src/web`) and on test trees
//! natively. The rules keep what a reader reads (headline, lead, paragraphs, subheadings,
//! captions, quotes, list items) and drop what they skip (navigation, credits, dates, tags,
//! bare URL lines, hidden and interactive elements).
//!
//! Bound: each node is visited once, with a list of what is left rather than a call per level,
//! so the work is linear in the tree (read through `&TreeNode`, as `src/web` reads the page) and
//! the stack does not grow with its depth.

use crate::support::chars::is_alphanumeric;
use serde::Serialize;

/// The role a block of text plays in an article.
///
/// ```
/// use baca::text::BlockKind;
/// assert_eq!(BlockKind::from_name("caption"), Some(BlockKind::Caption));
/// assert_eq!(BlockKind::Caption.as_str(), "caption");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// The article's title.
    Headline,
    /// The standfirst or summary under the headline.
    Lead,
    /// A body paragraph.
    Paragraph,
    /// A heading inside the body.
    Subheading,
    /// A figure's caption (without its credit).
    Caption,
    /// A block quotation.
    Quote,
    /// An item of a list in the body.
    ListItem,
}

impl BlockKind {
    /// Every kind, in declaration order.
    pub const ALL: [BlockKind; 7] = [
        BlockKind::Headline,
        BlockKind::Lead,
        BlockKind::Paragraph,
        BlockKind::Subheading,
        BlockKind::Caption,
        BlockKind::Quote,
        BlockKind::ListItem,
    ];

    /// The kind's name as used in HTML hooks (`data-baca-block`) and CSS classes.
    ///
    /// ```
    /// assert_eq!(baca::text::BlockKind::ListItem.as_str(), "list-item");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Headline => "headline",
            BlockKind::Lead => "lead",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Subheading => "subheading",
            BlockKind::Caption => "caption",
            BlockKind::Quote => "quote",
            BlockKind::ListItem => "list-item",
        }
    }

    /// The kind named `name` (as [`BlockKind::as_str`] writes it), if any.
    ///
    /// ```
    /// assert_eq!(baca::text::BlockKind::from_name("lead"), Some(baca::text::BlockKind::Lead));
    /// assert_eq!(baca::text::BlockKind::from_name("nav"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<BlockKind> {
        BlockKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// One readable block of a page: its kind and its text (whitespace collapsed as a browser
/// renders it; `<br>` becomes `\n`).
///
/// ```
/// use baca::text::{BlockKind, PageBlock};
/// let block = PageBlock::new(BlockKind::Headline, "Kim ke Rusia");
/// assert_eq!(block.text, "Kim ke Rusia");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageBlock {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text.
    pub text: String,
}

impl PageBlock {
    /// A block of `kind` holding `text`.
    ///
    /// ```
    /// let b = baca::text::PageBlock::new(baca::text::BlockKind::Lead, "Ringkas.");
    /// assert_eq!(b.kind, baca::text::BlockKind::Lead);
    /// ```
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        PageBlock {
            kind,
            text: text.into(),
        }
    }
}

/// The input of the analysis: a page's language (if known) and its readable blocks in order.
///
/// ```
/// use baca::text::{BlockKind, Page};
/// let page = Page::from_plain_text("Judul\n\nParagraf satu. Dua.", Some("id"));
/// assert_eq!(page.blocks.len(), 2);
/// assert_eq!(page.blocks[1].kind, BlockKind::Paragraph);
/// assert_eq!(page.lang.as_deref(), Some("id"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    /// BCP 47 language tag of the text, if known.
    pub lang: Option<String>,
    /// Readable blocks in reading order.
    pub blocks: Vec<PageBlock>,
}

impl Page {
    /// A page from plain text: blocks are separated by blank lines and are all paragraphs;
    /// single line breaks stay inside their block.
    ///
    /// ```
    /// let page = baca::text::Page::from_plain_text("a\nb\n\n\nc", None);
    /// let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
    /// assert_eq!(texts, ["a\nb", "c"]);
    /// ```
    pub fn from_plain_text(text: &str, lang: Option<&str>) -> Page {
        let blocks = paragraphs(text)
            .map(|(_, p)| PageBlock::new(BlockKind::Paragraph, p))
            .collect();
        Page {
            lang: lang.map(str::to_owned),
            blocks,
        }
    }

    /// A page from an article's element tree, using the extraction rules described in the module
    /// documentation. `lang` is the language the caller found for the article (its own or an
    /// ancestor's `lang` attribute), if any.
    ///
    /// ```
    /// use baca::text::{BlockKind, Page, TreeNode};
    /// let article = TreeNode::element("article", &[], vec![
    ///     TreeNode::element("nav", &[], vec![TreeNode::text("Menu")]),
    ///     TreeNode::element("h1", &[], vec![TreeNode::text("Kim ke Rusia")]),
    ///     TreeNode::element("p", &[], vec![TreeNode::text("  Kim tiba.\n Putin menunggu. ")]),
    /// ]);
    /// let page = Page::from_tree(&article, Some("id"));
    /// assert_eq!(page.blocks[0].kind, BlockKind::Headline);
    /// assert_eq!(page.blocks[1].text, "Kim tiba. Putin menunggu.");
    /// assert_eq!(page.blocks.len(), 2);
    /// ```
    pub fn from_tree<N: PageNode>(root: &N, lang: Option<&str>) -> Page {
        let mut reader = PageReader::new(root, lang);
        loop {
            if let Some(page) = reader.step(&mut || true) {
                return page;
            }
        }
    }
}

/// [`Page::from_tree`] in steps, so that a browser can paint between them on a long article: a
/// bounded number of nodes at a time ([`PageReader::STEP`]), asking `more()` after each such
/// run. Work: each node visited once, its text copied once.
///
/// ```
/// use baca::text::{PageReader, TreeNode};
/// let paragraphs = (0..100).map(|i| TreeNode::element("p", &[], vec![TreeNode::text(&format!("Alinea {i}."))]));
/// let article = TreeNode::element("article", &[], paragraphs.collect());
/// let mut reader = PageReader::new(&&article, Some("id"));
/// let mut steps = 1;
/// let page = loop {
///     match reader.step(&mut || false) {
///         Some(page) => break page,
///         None => steps += 1,
///     }
/// };
/// assert_eq!(page.blocks.len(), 100);
/// assert!(steps > 1);
/// ```
pub struct PageReader<N> {
    extractor: Extractor,
    /// What is left of the walk (see `Extractor::walk`).
    stack: Vec<Step<N>>,
    lang: Option<String>,
}

impl<N: PageNode> PageReader<N> {
    /// How many nodes a step reads before it asks whether to go on.
    pub const STEP: usize = 64;

    /// A reader of the tree under `root`, for an article in `lang` (see [`Page::from_tree`]).
    pub fn new(root: &N, lang: Option<&str>) -> PageReader<N> {
        let mut extractor = Extractor::default();
        let mut stack = Vec::new();
        extractor.visit(root, BlockKind::Paragraph, false, &mut stack);
        PageReader {
            extractor,
            stack,
            lang: lang.map(str::to_owned),
        }
    }

    /// Reads on until `more()` says stop (None) or the tree is read (its page).
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> Option<Page> {
        let mut read = 0;
        while let Some(step) = self.stack.pop() {
            match step {
                Step::Visit(node, kind, in_text) => {
                    self.extractor.visit(&node, kind, in_text, &mut self.stack);
                }
                Step::Flush => self.extractor.flush(),
            }
            read += 1;
            if read % Self::STEP == 0 && !self.stack.is_empty() && !more() {
                return None;
            }
        }
        self.extractor.flush();
        Some(Page {
            lang: self.lang.take(),
            blocks: std::mem::take(&mut self.extractor.blocks),
        })
    }
}

/// Blank-line-separated paragraphs of `text` with their byte offsets, each trimmed of surrounding
/// whitespace; see [`Paragraphs`].
///
/// ```
/// let paras: Vec<(usize, &str)> = baca::text::paragraphs("a\n \nb  \n").collect();
/// assert_eq!(paras, [(0, "a"), (4, "b")]);
/// ```
pub fn paragraphs(text: &str) -> Paragraphs<'_> {
    Paragraphs { text, pos: 0 }
}

/// Iterator over `(byte offset, paragraph)` pairs of a text; see [`paragraphs`].
#[derive(Clone, Debug)]
pub struct Paragraphs<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Iterator for Paragraphs<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        let text = self.text;
        let mut first: Option<usize> = None;
        let mut last_end = self.pos;
        while self.pos < text.len() {
            let line_start = self.pos;
            let line_end = text[line_start..]
                .find('\n')
                .map_or(text.len(), |i| line_start + i + 1);
            let line = &text[line_start..line_end];
            self.pos = line_end;
            if line.trim().is_empty() {
                if first.is_some() {
                    break;
                }
            } else {
                first.get_or_insert(line_start + (line.len() - line.trim_start().len()));
                last_end = line_start + line.trim_end().len();
            }
        }
        first.map(|start| (start, &text[start..last_end]))
    }
}

/// A node of an element tree, as [`Page::from_tree`] sees it. `src/web` implements it for the
/// browser DOM; [`TreeNode`] implements it for tests and native callers.
pub trait PageNode: Sized {
    /// The element's tag name in lower case, or `None` if the node is not an element.
    fn tag_name(&self) -> Option<String>;
    /// The value of the element's attribute `name`, if present.
    fn attribute(&self, name: &str) -> Option<String>;
    /// The node's text if it is a text node.
    fn text(&self) -> Option<String>;
    /// The node's children in document order.
    fn children(&self) -> Vec<Self>;
}

/// A plain in-memory element tree implementing [`PageNode`].
///
/// ```
/// use baca::text::{PageNode, TreeNode};
/// let p = TreeNode::element("P", &[("class", "lead")], vec![TreeNode::text("Hai")]);
/// assert_eq!(p.tag_name().as_deref(), Some("p"));
/// assert_eq!(p.attribute("class").as_deref(), Some("lead"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeNode {
    /// An element with its tag, attributes and children.
    Element {
        /// Tag name (lower case).
        tag: String,
        /// Attributes as name/value pairs.
        attributes: Vec<(String, String)>,
        /// Child nodes.
        children: Vec<TreeNode>,
    },
    /// A text node.
    Text(String),
}

impl TreeNode {
    /// An element node.
    ///
    /// ```
    /// let br = baca::text::TreeNode::element("br", &[], vec![]);
    /// ```
    pub fn element(tag: &str, attributes: &[(&str, &str)], children: Vec<TreeNode>) -> TreeNode {
        TreeNode::Element {
            tag: tag.to_ascii_lowercase(),
            attributes: attributes
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            children,
        }
    }

    /// A text node.
    ///
    /// ```
    /// let t = baca::text::TreeNode::text("Halo");
    /// ```
    pub fn text(text: &str) -> TreeNode {
        TreeNode::Text(text.to_owned())
    }
}

/// A tree of any depth is freed with a list rather than a call per level (a derived drop would
/// overflow the stack on a page that nests elements deeply enough).
impl Drop for TreeNode {
    fn drop(&mut self) {
        let TreeNode::Element { children, .. } = self else {
            return;
        };
        let mut pending = std::mem::take(children);
        while let Some(mut node) = pending.pop() {
            if let TreeNode::Element { children, .. } = &mut node {
                pending.append(children);
            }
        }
    }
}

impl PageNode for TreeNode {
    fn tag_name(&self) -> Option<String> {
        match self {
            TreeNode::Element { tag, .. } => Some(tag.clone()),
            TreeNode::Text(_) => None,
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        match self {
            TreeNode::Element { attributes, .. } => attributes
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone()),
            TreeNode::Text(_) => None,
        }
    }

    fn text(&self) -> Option<String> {
        match self {
            TreeNode::Text(t) => Some(t.clone()),
            TreeNode::Element { .. } => None,
        }
    }

    fn children(&self) -> Vec<TreeNode> {
        match self {
            TreeNode::Element { children, .. } => children.clone(),
            TreeNode::Text(_) => Vec::new(),
        }
    }
}

/// A borrowed tree: the same as [`TreeNode`] without copying children. For large or deep trees
/// read `&tree` (`Page::from_tree(&&tree, …)`): the owned impl copies each element's subtree,
/// which costs its size times its depth.
///
/// ```
/// use baca::text::{Page, TreeNode};
/// let tree = TreeNode::element("p", &[], vec![TreeNode::text("Satu. Dua.")]);
/// assert_eq!(Page::from_tree(&&tree, None), Page::from_tree(&tree, None));
/// ```
impl PageNode for &TreeNode {
    fn tag_name(&self) -> Option<String> {
        (*self).tag_name()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        (*self).attribute(name)
    }

    fn text(&self) -> Option<String> {
        (*self).text()
    }

    fn children(&self) -> Vec<Self> {
        match self {
            TreeNode::Element { children, .. } => children.iter().collect(),
            TreeNode::Text(_) => Vec::new(),
        }
    }
}

/// How the extractor treats an element.
enum Role {
    /// Not read at all, nor its children.
    Skip,
    /// A line break inside the current block.
    Break,
    /// Text-level: its text joins the current block.
    Inline,
    /// Block-level: ends the current block; its own kind, or `None` to inherit the context's.
    Block(Option<BlockKind>),
}

/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "button", "form", "input", "select",
    "textarea", "label", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
    "img", "picture", "source", "track", "map", "aside", "footer", "dialog", "menu", "head",
    "meta", "link", "title",
];

/// Elements that start and end a block without naming its kind.
const BLOCK_TAGS: &[&str] = &[
    "html", "body", "main", "article", "section", "div", "header", "figure", "hgroup", "address",
    "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "pre", "details", "center", "hr",
];

/// Elements whose text is a text block of its own (a `<time>` outside them is a dateline).
const TEXT_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "figcaption",
    "blockquote",
    "td",
    "th",
    "dd",
    "dt",
];

/// ARIA roles of page furniture.
const SKIP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "button",
    "menu",
    "menubar",
    "toolbar",
    "dialog",
    "alertdialog",
    "tablist",
];

/// Words in `class` names of page furniture (matched against whole class names and their
/// `-`/`_`-separated parts), as used by news CMSs and by Readability's heuristics.
const SKIP_CLASS_WORDS: &[&str] = &[
    "credit",
    "credits",
    "copyright",
    "byline",
    "share",
    "sharing",
    "social",
    "related",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "promo",
    "newsletter",
    "comment",
    "comments",
    "breadcrumb",
    "breadcrumbs",
    "kicker",
    "category",
    "tag",
    "tags",
    "meta",
    "dateline",
    "date",
    "timestamp",
    "toolbar",
    "visually-hidden",
    "sr-only",
];

/// Words in `class` names that mark a lead (standfirst).
const LEAD_CLASS_WORDS: &[&str] = &[
    "lead",
    "intro",
    "standfirst",
    "teaser",
    "summary",
    "dek",
    "deck",
    "abstract",
];

/// Words in `class` names that mark a photo's caption where the page writes no `<figcaption>`
/// ("music-newsdetail-image-caption", WordPress's "wp-caption-text").
const CAPTION_CLASS_WORDS: &[&str] = &["caption", "photodesc", "imgdesc"];

/// schema.org `itemprop`s of metadata that is not read.
const SKIP_ITEMPROPS: &[&str] = &[
    "datepublished",
    "datemodified",
    "author",
    "copyrightholder",
    "creditText",
    "publisher",
    "keywords",
];

fn class_words(class: &str) -> impl Iterator<Item = &str> {
    class.split_ascii_whitespace().flat_map(|name| {
        std::iter::once(name).chain(name.split(['-', '_']).filter(move |part| *part != name))
    })
}

fn has_class_word(class: Option<&str>, words: &[&str]) -> bool {
    class.is_some_and(|c| class_words(c).any(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w))))
}

fn role_of<N: PageNode>(node: &N, tag: &str, in_text: bool) -> Role {
    if let Some(explicit) = node.attribute("data-baca-block") {
        let explicit = explicit.trim().to_ascii_lowercase();
        if explicit == "skip" {
            return Role::Skip;
        }
        if let Some(kind) = BlockKind::from_name(&explicit) {
            return Role::Block(Some(kind));
        }
    }
    if SKIP_TAGS.contains(&tag)
        || node.attribute("hidden").is_some()
        || node
            .attribute("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return Role::Skip;
    }
    if node.attribute("role").is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|r| SKIP_ROLES.iter().any(|s| s.eq_ignore_ascii_case(r)))
    }) {
        return Role::Skip;
    }
    let itemprop = node.attribute("itemprop").map(|p| p.to_ascii_lowercase());
    if itemprop.as_deref().is_some_and(|p| {
        p.split_ascii_whitespace()
            .any(|p| SKIP_ITEMPROPS.iter().any(|s| s.eq_ignore_ascii_case(p)))
    }) {
        return Role::Skip;
    }
    if node.attribute("rel").is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case("tag"))
    }) {
        return Role::Skip;
    }
    let class = node.attribute("class");
    if has_class_word(class.as_deref(), SKIP_CLASS_WORDS) {
        return Role::Skip;
    }
    if tag == "time" && !in_text {
        return Role::Skip;
    }
    // A page's `description` may be its whole body (its paragraphs, or a box of them): a
    // summary is no more than one paragraph, perhaps in a box of its own.
    let lead = has_class_word(class.as_deref(), LEAD_CLASS_WORDS)
        || (itemprop.as_deref().is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|p| p == "description" || p == "abstract")
        }) && is_summary(node));
    match tag {
        "br" => Role::Break,
        "h1" => Role::Block(Some(BlockKind::Headline)),
        "h2" | "h3" | "h4" | "h5" | "h6" => Role::Block(Some(BlockKind::Subheading)),
        "figcaption" => Role::Block(Some(BlockKind::Caption)),
        "blockquote" => Role::Block(Some(BlockKind::Quote)),
        "li" => Role::Block(Some(BlockKind::ListItem)),
        _ if lead => Role::Block(Some(BlockKind::Lead)),
        // A box that a class word calls a caption is one where it holds text and no blocks (a
        // box of the body so called is none; a span so called stays in its paragraph).
        _ if (tag == "p" || BLOCK_TAGS.contains(&tag))
            && has_class_word(class.as_deref(), CAPTION_CLASS_WORDS)
            && holds_no_block(node) =>
        {
            Role::Block(Some(BlockKind::Caption))
        }
        _ if itemprop.as_deref() == Some("headline") => Role::Block(Some(BlockKind::Headline)),
        _ if TEXT_TAGS.contains(&tag) || BLOCK_TAGS.contains(&tag) => Role::Block(None),
        _ => Role::Inline,
    }
}

/// Whether `node` holds one paragraph at most, among its children and inside boxes among
/// them, and no box inside those (Liputan6's description is a box of the whole body).
fn is_summary<N: PageNode>(node: &N) -> bool {
    let mut paragraphs = 0;
    for child in node.children() {
        match child.tag_name().as_deref() {
            Some("p") => paragraphs += 1,
            Some(t) if BLOCK_TAGS.contains(&t) => {
                for inner in child.children() {
                    match inner.tag_name().as_deref() {
                        Some("p") => paragraphs += 1,
                        Some(t) if BLOCK_TAGS.contains(&t) => return false,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    paragraphs <= 1
}

/// Whether none of `node`'s children is a block or a text block of its own.
fn holds_no_block<N: PageNode>(node: &N) -> bool {
    node.children().iter().all(|child| {
        child
            .tag_name()
            .is_none_or(|t| !BLOCK_TAGS.contains(&t.as_str()) && !TEXT_TAGS.contains(&t.as_str()))
    })
}

/// Whether a block's whole text is one URL (the "share this link" line of many news pages).
fn is_bare_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && !text.contains(char::is_whitespace)
}

#[derive(Default)]
struct Extractor {
    blocks: Vec<PageBlock>,
    buf: String,
    buf_kind: Option<BlockKind>,
}

/// What is left to do of a walk: a node to visit, or the end of a block.
enum Step<N> {
    Visit(N, BlockKind, bool),
    Flush,
}

/// The walk of a tree in document order keeps a list of what is left ([`Step`]) rather than a
/// call per level: a tree of any depth (a page can nest elements without end) costs no stack.
impl Extractor {
    /// One node: its text, or what its role says, its children put on `stack` so that they come
    /// off in document order (and a block's end after them).
    fn visit<N: PageNode>(
        &mut self,
        node: &N,
        kind: BlockKind,
        in_text: bool,
        stack: &mut Vec<Step<N>>,
    ) {
        let Some(tag) = node.tag_name() else {
            if let Some(text) = node.text() {
                self.push_text(&text, kind);
            }
            return;
        };
        let (kind, in_text) = match role_of(node, &tag, in_text) {
            Role::Skip => return,
            Role::Break => {
                self.push_break();
                return;
            }
            Role::Inline => (kind, in_text),
            Role::Block(own) => {
                self.flush();
                stack.push(Step::Flush);
                (
                    own.unwrap_or(kind),
                    in_text || TEXT_TAGS.contains(&tag.as_str()),
                )
            }
        };
        let children = node.children();
        stack.extend(
            children
                .into_iter()
                .rev()
                .map(|child| Step::Visit(child, kind, in_text)),
        );
    }

    /// Appends text with HTML whitespace collapsing: runs of ASCII whitespace become one space,
    /// none at the start of the block or of a line. Other spaces (U+00A0…) are text and stay.
    fn push_text(&mut self, text: &str, kind: BlockKind) {
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                if !(self.buf.is_empty() || self.buf.ends_with([' ', '\n'])) {
                    self.buf.push(' ');
                }
            } else {
                self.buf_kind.get_or_insert(kind);
                self.buf.push(c);
            }
        }
    }

    fn push_break(&mut self) {
        if self.buf.ends_with(' ') {
            self.buf.pop();
        }
        // Two line breaks in a row (a line of white space between them, `&nbsp;` too) end a
        // paragraph: pages without <p> write them so.
        let line = self.buf.rfind('\n').map(|i| (i, &self.buf[i + 1..]));
        if let Some((end, _)) = line.filter(|(_, l)| l.chars().all(char::is_whitespace)) {
            self.buf.truncate(end);
            self.flush();
        } else if !self.buf.is_empty() {
            self.buf.push('\n');
        }
    }

    fn flush(&mut self) {
        let text = self.buf.trim_end_matches([' ', '\n']);
        if let Some(kind) = self.buf_kind.take() {
            if text.chars().any(is_alphanumeric) && !is_bare_url(text) {
                self.blocks.push(PageBlock::new(kind, text));
            }
        }
        self.buf.clear();
    }
}
