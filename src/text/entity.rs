//! The entities of an analysis: who and what the text names, with every mention.

use serde::Serialize;

use super::Span;

/// What an entity is.
///
/// ```
/// use baca::text::EntityKind;
/// assert_eq!(EntityKind::Organization.as_str(), "organization");
/// assert_eq!(EntityKind::from_name("place"), Some(EntityKind::Place));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place: country, city, region, …
    Place,
    /// An organisation: government body, company, party, agency, …
    Organization,
    /// Anything else a glossary names (events, products, terms).
    Other,
}

impl EntityKind {
    /// The kind's name in hooks and files: person, place, organization, other.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Other => "other",
        }
    }

    /// The kind with name `name` (also accepting "organisation", "location", "per", "loc", "org").
    pub fn from_name(name: &str) -> Option<EntityKind> {
        match name.trim().to_ascii_lowercase().as_str() {
            "person" | "per" | "people" => Some(EntityKind::Person),
            "place" | "location" | "loc" | "gpe" => Some(EntityKind::Place),
            "organization" | "organisation" | "org" => Some(EntityKind::Organization),
            "other" | "misc" | "term" => Some(EntityKind::Other),
            _ => None,
        }
    }
}

/// Where a mention is: a block and a byte span in the block's text.
///
/// ```
/// let m = baca::text::MentionRef { block: 2, span: baca::text::Span::new(4, 9) };
/// assert_eq!(m.span.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MentionRef {
    /// Index of the block.
    pub block: usize,
    /// Byte span in the block's text.
    pub span: Span,
}

/// Where a description comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DescriptionSource {
    /// The article itself (a title before the name, a definition in parentheses, …).
    Article,
    /// The user's glossary.
    Glossary,
    /// The bundled gazetteer (CLDR, GeoNames).
    Gazetteer,
}

impl DescriptionSource {
    /// The source's name: article, glossary, gazetteer.
    pub fn as_str(self) -> &'static str {
        match self {
            DescriptionSource::Article => "article",
            DescriptionSource::Glossary => "glossary",
            DescriptionSource::Gazetteer => "gazetteer",
        }
    }
}

/// A description of an entity, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Description {
    /// The description ("Presiden Rusia", "city in Russia").
    pub text: String,
    /// Its source.
    pub source: DescriptionSource,
    /// The passage of the article it was read from, if any.
    pub evidence: Option<MentionRef>,
}

/// An entity: all mentions of one person, place or organisation, linked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// A stable identifier, unique in the analysis ("vladimir-putin").
    pub id: String,
    /// The fullest name the text uses ("Vladimir Putin").
    pub name: String,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Its English name, when known (gazetteer or glossary).
    pub english: Option<String>,
    /// A description, when the text, the glossary or the gazetteer gives one.
    pub description: Option<Description>,
    /// Other forms the text uses ("Putin", "Korut").
    pub aliases: Vec<String>,
    /// ISO 3166-1 code of the country, for places the gazetteer knows.
    pub country: Option<String>,
    /// Every mention, in reading order.
    pub mentions: Vec<MentionRef>,
}

/// A name the tagger was unsure of and nothing confirmed: not marked (a wrong card costs a
/// reader more than a missing one), but listed apart in the glossary panel, where the reader
/// may add it to their glossary.
///
/// ```
/// use baca::text::{analyze, EntityKind, Page};
/// let a = analyze(&Page::from_plain_text("Kim tiba.", Some("id")));
/// assert!(a.candidates.iter().all(|c| c.kind != EntityKind::Other));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The name as the text writes it where the tagger was surest of it.
    pub name: String,
    /// What the tagger took it for; a place whose head noun names a body ("Stanford
    /// University") is listed as an organisation.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// That reading's place.
    pub mention: MentionRef,
    /// How many times the tagger read it so, unsure each time (outside title-case lines).
    /// Its readings in other letter case or as another kind are added in.
    pub readings: usize,
}

/// A marked entity mention inside a sentence.
///
/// ```
/// let mark = baca::text::Mark { span: baca::text::Span::new(0, 3), entity: 0 };
/// assert_eq!(mark.entity, 0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// Byte span in the block's text (inside the sentence's span).
    pub span: Span,
    /// Index of the entity in [`Analysis::entities`](super::Analysis::entities).
    pub entity: usize,
}
