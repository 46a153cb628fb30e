//! English entity recognition on a test set written for baca: varied news-style sentences with
//! their people, places and organisations marked inline as `[PER …]`, `[LOC …]`, `[ORG …]`.
//! The tagger learnt from Indonesian news; English relies on shape, context, the gazetteer and
//! given names. The F1 is printed (no training data exists for English here).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use baca::text::{analyze, EntityKind, Page};

const SET: &[&str] = &[
    "[PER Angela Merkel] met [PER Emmanuel Macron] in [LOC Paris] on Tuesday to discuss energy prices.",
    "The [ORG European Central Bank] raised interest rates again, its president [PER Christine Lagarde] said.",
    "Floods in [LOC Pakistan] have displaced more than a million people, the [ORG United Nations] said.",
    "[ORG Microsoft] agreed to buy the game maker for $69 billion, according to a filing in [LOC New York].",
    "Prime Minister [PER Narendra Modi] will visit [LOC Washington] next month, officials in [LOC New Delhi] said.",
    "[PER Lionel Messi] scored twice as [LOC Argentina] beat [LOC Mexico] in [LOC Doha].",
    "The [ORG World Health Organization] warned that cholera cases are rising in [LOC Haiti].",
    "[ORG Toyota] said it would build a battery plant in [LOC North Carolina].",
    "Police in [LOC Melbourne] arrested two men after a protest outside the [ORG State Library].",
    "[PER Joe Biden] and [PER Xi Jinping] spoke by phone for two hours, the [ORG White House] said.",
    "Kremlin spokesman [PER Dmitry Medvedev] rejected the report as fabricated.",
    "Shares of [ORG Tesla] fell after chief executive [PER Elon Musk] sold stock worth billions.",
    "The earthquake struck off the coast of [LOC Japan] near [LOC Fukushima] early on Wednesday.",
    "[PER Jacinda Ardern] announced her resignation in [LOC Napier] on Thursday.",
    "Researchers at [ORG Stanford University] published the study in the journal [ORG Nature].",
    "[LOC Brazil] and [LOC Colombia] signed an agreement to protect the [LOC Amazon].",
    "U.S. Secretary of State [PER Antony Blinken] arrived in [LOC Jakarta] for talks with [ORG ASEAN] ministers.",
    "[ORG Google] was fined by regulators in [LOC South Korea] over its app store rules.",
    "The strike closed ports across [LOC France], the [ORG CGT] union said.",
    "[PER Maria Santos] , a teacher from [LOC Manila] , won the national prize.",
    "[ORG Airbus] delivered more jets than [ORG Boeing] last year.",
    "Heavy snow disrupted flights at [LOC Frankfurt] airport on Monday.",
    "The [ORG Bank of England] held rates at 5.25 percent in a split vote.",
    "[PER Volodymyr Zelensky] thanked [LOC Canada] for the new aid package.",
    "In [LOC Nairobi] , [PER William Ruto] promised to cut fuel taxes.",
    "[ORG Samsung] reported its lowest profit in a decade.",
    "Wildfires forced thousands to flee near [LOC Athens] as temperatures passed 40 degrees.",
    "Former president [PER Jair Bolsonaro] returned to [LOC Brazil] from [LOC Florida] on Thursday.",
    "The [ORG International Monetary Fund] cut its growth forecast for [LOC Germany].",
    "[PER Taylor Swift] added three concerts in [LOC London] to her tour.",
    // Added in stop 12: every English sentence tried while working on English names, those
    // the rules were written for (country adjectives, "New York", title case) and those baca
    // still gets wrong alike.
    "Prime Minister [PER Keir Starmer] met French President [PER Emmanuel Macron] in [LOC Paris] on Thursday to discuss support for [LOC Ukraine].",
    "Officials in [LOC Brussels] said the [ORG European Commission] would publish its proposal next week. [LOC Germany] and [LOC Italy] have raised objections.",
    "[ORG Apple] shares rose 3 percent after the company reported strong iPhone sales in [LOC China], according to analysts at [ORG Morgan Stanley].",
    "Heavy rain flooded parts of [LOC Jakarta], and the national disaster agency said more than 2,000 people were evacuated.",
    "Speaking to reporters in [LOC Washington], Secretary of State [PER Marco Rubio] said the talks had been productive.",
    "Residents of [LOC New Orleans] were told to leave before the storm made landfall late on Sunday.",
    "The [ORG United Nations Security Council] met in [LOC New York] on Friday after the attack in [LOC Gaza].",
    "[PER Elon Musk] said [ORG Tesla] would build a new factory in [LOC Mexico], while [ORG SpaceX] prepared another launch from [LOC Florida].",
    "The [ORG World Health Organization] warned that cholera cases were rising in [LOC Sudan] and [LOC Yemen].",
    "German Chancellor [PER Olaf Scholz] told the [ORG Bundestag] that [LOC Berlin] would send more air defence systems to [LOC Kyiv].",
    "Shares in [ORG Toyota] fell after the Japanese carmaker recalled 1 million vehicles.",
    "Former [LOC US] President [PER Donald Trump] appeared in a [LOC Manhattan] court on Tuesday.",
    "Russian President [PER Vladimir Putin] met Chinese leader [PER Xi Jinping] in [LOC Beijing].",
    "South Korean officials said North Korean troops were seen near the border.",
    "The Indonesian government and Japanese investors signed the deal.",
    "North Korean leader [PER Kim Jong Un] arrived on Tuesday.",
    "Shares fell sharply in [LOC New York] on Monday after the report.",
    "The delegation later flew to [LOC Great Britain] for talks with officials.",
    "Investors in [LOC New Zealand] and [LOC New York] reacted calmly. The [ORG Guardian] reported the story first.",
    "[PER Kim Jong Un] Arrives In [LOC Russia] For Talks With [PER Putin]",
    "[PER Joe Biden] Meets [PER Xi Jinping] Ahead Of Summit In [LOC San Francisco]",
];

/// Written in stop 16 and run once before any rule saw it: a check on text the rules were not
/// written for. Keep it that way: a sentence it gets wrong is not a reason for a rule; write
/// new sentences for the rule's own tests instead.
const HELD_OUT: &[&str] = &[
    "[PER Claudia Sheinbaum] told reporters in [LOC Mexico City] that talks with [LOC Canada] would resume in March.",
    "The [ORG International Energy Agency] said oil demand would peak before 2030.",
    "Rescue teams in [LOC Nepal] reached the village two days after the landslide.",
    "[ORG Nvidia] shares climbed after the chipmaker raised its forecast.",
    "A court in [LOC Lagos] sentenced the former bank manager to seven years.",
    "[PER Pedro Sánchez] called an early election after losses in regional polls.",
    "The [ORG African Union] suspended [LOC Niger] following the coup.",
    "Fans queued overnight outside [LOC Wembley] for tickets to the final.",
    "[ORG Reuters] could not independently verify the figures.",
    "The mayor of [LOC Chicago], [PER Brandon Johnson], defended the budget on Monday.",
    "Drought has cut the flow of the [LOC Rhine] to its lowest level in decades.",
    "[PER Greta Thunberg] was detained briefly during a protest in [LOC The Hague].",
    "The [ORG Federal Reserve] left rates unchanged, disappointing investors.",
    "[ORG Volkswagen] will close two plants in [LOC Germany], the company said.",
    "Inflation in [LOC Turkey] slowed for a third month in October.",
    "Police said a man from [LOC Leeds] had been charged with arson.",
    "[PER Anwar Ibrahim] met business leaders in [LOC Kuala Lumpur] to promote investment.",
    "Researchers at the [ORG University of Cape Town] found traces of the virus in wastewater.",
    "The [ORG Red Cross] appealed for blood donors after the train crash near [LOC Thessaloniki].",
    "Chinese Foreign Minister [PER Wang Yi] will travel to [LOC Moscow] next week.",
    "[ORG Netflix] added eight million subscribers in the quarter.",
    "Thousands marched through [LOC Buenos Aires] against the spending cuts.",
    "The [ORG Supreme Court] agreed to hear the case in its next term.",
    "Striker [PER Erling Haaland] scored a hat-trick for [ORG Manchester City] on Saturday.",
    "Tourism in [LOC Bali] has recovered to pre-pandemic levels, officials said.",
    "The [ORG European Space Agency] said the satellite would watch the sea ice around [LOC Greenland].",
    "[PER Narges Mohammadi], who is in prison in [LOC Iran], was awarded the prize.",
    "A spokesperson for [ORG Amazon] declined to comment.",
    "Farmers blocked roads around [LOC Paris] with tractors for a second day.",
    "Health Minister [PER Budi Gunadi Sadikin] said the vaccine would be free.",
    "Floodwater reached the outskirts of [LOC Dhaka] on Wednesday night.",
    "The [ORG Taliban] banned women from working for aid groups.",
    "[PER Rishi Sunak] conceded defeat early on Friday morning.",
    "Exports from [LOC Vietnam] to the [LOC United States] rose 20 percent.",
    "The [ORG World Bank] approved a $500 million loan for [LOC Ethiopia].",
    "Temperatures in [LOC Phoenix] topped 110 degrees for the 30th straight day.",
    "Coach [PER Shin Tae-yong] named a young squad for the tournament in [LOC Hanoi].",
    "Negotiators from [LOC Israel] and [ORG Hamas] met separately with mediators in [LOC Cairo].",
    "The [ORG Metropolitan Police] opened an inquiry into the leak.",
    "[PER Lula] said [LOC Brazil] would host the climate summit in [LOC Belém].",
];

fn parse(marked: &str) -> (String, Vec<(usize, usize, EntityKind)>) {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find(']').unwrap() + open;
        let inner = &rest[open + 1..close];
        let (tag, name) = inner.split_once(' ').unwrap();
        let kind = match tag {
            "PER" => EntityKind::Person,
            "LOC" => EntityKind::Place,
            _ => EntityKind::Organization,
        };
        gold.push((text.len(), text.len() + name.len(), kind));
        text.push_str(name);
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    (text, gold)
}

/// Scores `set` on exact span + type, reports the F1 as `report` under `title` (the sentence
/// count appended), prints the errors, and gives the F1.
fn score(set: &[&str], report: &str, title: &str) -> f64 {
    common::load_languages();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for marked in set {
        let (text, gold) = parse(marked);
        let a = analyze(&Page::from_plain_text(&text, Some("en")));
        let got = common::scored_mentions(&a);
        for g in &got {
            if gold.contains(g) {
                tp += 1;
            } else {
                fp += 1;
                errors.push(format!("extra {:?} {:?}", &text[g.0..g.1], g.2));
            }
        }
        for g in gold.iter().filter(|g| !got.contains(g)) {
            fn_ += 1;
            errors.push(format!("missed {:?} {:?}", &text[g.0..g.1], g.2));
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(f64::EPSILON);
    common::report(
        report,
        &format!(
            "{title} ({} sentences): F1 {f1:.3} (P {p:.3} R {r:.3})",
            set.len()
        ),
    );
    for e in &errors {
        println!("  {e}");
    }
    f1
}

// Floors against regressions; the scores are reported, not tuned.

#[test]
fn english_news_f1() {
    let f1 = score(SET, "ner-english", "English news test set");
    assert!(f1 >= 0.75, "F1 {f1:.3}");
}

#[test]
fn english_held_out_f1() {
    let f1 = score(
        HELD_OUT,
        "ner-english-held-out",
        "English held-out set, never used to write rules",
    );
    assert!(f1 >= 0.6, "F1 {f1:.3}");
}
