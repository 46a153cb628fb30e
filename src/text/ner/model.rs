//! The tagger: a structured averaged perceptron over BIO tags with first-order Viterbi decoding,
//! plus a lexicon of the names in its training data. Trained by `examples/train_ner.rs` from the
//! Indonesian NER corpora (NERGRIT, IndoNLU; idner-news-2k; both MIT) into `data/<lang>.model`.

use super::features::{lexicon_word_hash, Clusters, Gaz, Lexicon, Sentence, WordInfo, OFFSETS};
use crate::support::hash::text_hash;
use crate::text::lang::FnvMap;

/// Tag names, in model order.
pub const TAGS: [&str; 7] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];
/// Number of tags.
pub const N: usize = TAGS.len();
/// The "previous tag" index at the start of a sentence.
pub const START: usize = N;

/// The entity spans of a tag sequence: `(first token, end token, type)`, the type being 1 for
/// people, 2 for places and 3 for organisations (a tag's `div_ceil(2)`). An I- tag that does
/// not continue its type starts a span of its own.
///
/// ```
/// use baca::text::ner::model::tag_spans;
/// // O B-PER I-PER O B-LOC I-ORG
/// assert_eq!(tag_spans(&[0, 1, 2, 0, 3, 6]), [(1, 3, 1), (4, 5, 2), (5, 6, 3)]);
/// ```
pub fn tag_spans(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == 0 {
            i += 1;
            continue;
        }
        let ty = tags[i].div_ceil(2);
        let mut j = i + 1;
        while j < tags.len() && tags[j] != 0 && tags[j] % 2 == 0 && tags[j].div_ceil(2) == ty {
            j += 1;
        }
        out.push((i, j, ty));
        i = j;
    }
    out
}

/// Whether tag `t` may follow tag `prev` (an I- tag continues a B- or I- of its type).
pub fn allowed(prev: usize, t: usize) -> bool {
    t == 0 || t % 2 == 1 || (prev < N && prev != 0 && prev.div_ceil(2) == t.div_ceil(2))
}

/// A trained tagger. Weights are stored as 4-bit indexes into a 16-value codebook (fitted to the
/// weights by one-dimensional k-means), feature keys as 22-bit hashes. In memory the weights are
/// fixed-point integers (see [`SCALE`]), so that a token's score is the same whatever order its
/// features are summed in, and parts of it can be kept per word ([`Tagger`]).
pub struct Model {
    lexicon: Lexicon,
    clusters: Clusters,
    keys: Vec<u32>,
    /// A bit per 16-bit key suffix, set for the keys present: most features a text produces
    /// are not in the model, and one bit test rejects them.
    filter: Vec<u64>,
    /// Open-addressing table from key to position in `keys` (`u32::MAX` for empty slots).
    table: Vec<(u32, u32)>,
    weights: Vec<[i32; N]>,
    trans: Vec<f32>,
    /// The transitions as probabilities, for the marginals ([`super::crf::exp_transitions`]).
    trans_exp: [[f32; N]; N + 1],
}

/// Weights are held as multiples of 1/`SCALE`: fine enough for a 16-value codebook, and a
/// token's sum (a few dozen weights under 30) stays exact in an `f32`.
const SCALE: f32 = 1024.0;

fn fixed(w: f32) -> i32 {
    (w * SCALE).round() as i32
}

const MAGIC: &[u8; 4] = b"BNE6";

/// Bits of a weight's codebook index: 2^bits levels (zero among them). Five keep a large
/// model's F1 within half a point of its float weights where four lose one to two
/// (`examples/train_ner.rs`).
pub const WEIGHT_BITS: u32 = 6;
/// Feature hashes are kept to this many bits: enough that a feature the model never saw almost
/// never lands on a stored key (with 22 bits, one token in three drew a stranger's weights from a
/// large model, costing English 7 to 11 points of F1).
const KEY_BITS: u32 = 30;

/// The first slot for `key` in an open-addressing table of `size` (a power of two) slots.
fn slot_of(key: u32, size: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 8) as usize & (size - 1)
}

/// A key's bit in a filter of `bits` bits (a power of two).
fn filter_bit(key: u32, bits: usize) -> usize {
    (key.wrapping_mul(0x2545_F491) >> 7) as usize & (bits - 1)
}

/// The stored key of a feature hash.
pub fn key_of(feature: u32) -> u32 {
    feature >> (32 - KEY_BITS)
}

impl Model {
    /// The model of the language `code`, from its names pack ([`super::pack`]), if added.
    pub fn for_lang(code: &str) -> Option<&'static Model> {
        super::pack::get(code).and_then(|p| p.model.as_ref())
    }

    /// A model that tags everything `O`.
    pub fn empty() -> Model {
        Model::assemble(
            Lexicon::default(),
            Vec::new(),
            Vec::new(),
            vec![0.0; (N + 1) * N],
        )
    }

    fn assemble(
        lexicon: Lexicon,
        keys: Vec<u32>,
        weights: Vec<[f32; N]>,
        trans: Vec<f32>,
    ) -> Model {
        let weights = weights.iter().map(|w| w.map(fixed)).collect();
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut table = vec![(u32::MAX, 0); size];
        for (i, &k) in keys.iter().enumerate() {
            let mut slot = slot_of(k, size);
            while table[slot].0 != u32::MAX {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = (k, i as u32);
        }
        // Eight bits a key or so: most features a text produces are not in the model, and the
        // filter turns them away with one test (a 16-bit filter let a third through at 30,000
        // keys).
        let bits = (keys.len() * 8).next_power_of_two().clamp(1 << 16, 1 << 22);
        let mut filter = vec![0u64; bits / 64];
        for &k in &keys {
            let bit = filter_bit(k, bits);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        let trans_exp = super::crf::exp_transitions(&trans);
        Model {
            lexicon,
            clusters: Clusters::default(),
            keys,
            filter,
            table,
            weights,
            trans,
            trans_exp,
        }
    }

    /// The features with weights (22-bit keys), sorted.
    pub fn keys(&self) -> &[u32] {
        &self.keys
    }

    /// The largest absolute weight of each feature, in key order.
    pub fn weight_sizes(&self) -> Vec<f32> {
        self.weights
            .iter()
            .map(|w| max_abs(&w.map(|x| x as f32 / SCALE)))
            .collect()
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return Err("not a baca NER model".into());
        }
        let bits = u32::from(r.take(1)?[0]);
        if !(1..=8).contains(&bits) {
            return Err("bad weight width in model".into());
        }
        let levels = 1usize << bits;
        let mut codebook = vec![0.0f32; levels];
        for c in &mut codebook {
            *c = r.f32()?;
        }
        let mut trans = vec![0.0; (N + 1) * N];
        for t in &mut trans {
            *t = r.f32()?;
        }
        let n = r.varint()? as usize;
        let keys = r.deltas(n)?;
        // Six weights a feature: the O tag's is zero (see `to_bytes`), `bits` bits each.
        let packed = r.take((n * (N - 1) * bits as usize).div_ceil(8))?;
        let code = |k: usize| {
            let at = k * bits as usize;
            (0..bits as usize).fold(0usize, |v, j| {
                let bit = at + j;
                v | usize::from(packed[bit / 8] >> (bit % 8) & 1) << j
            })
        };
        let weights = (0..n)
            .map(|i| {
                let mut w = [0.0; N];
                for (t, x) in w.iter_mut().enumerate().skip(1) {
                    *x = codebook[code(i * (N - 1) + t - 1)];
                }
                w
            })
            .collect();
        let max_tokens = r.varint()? as usize;
        let count = r.varint()? as usize;
        let entries = r.deltas(count)?;
        let words = r.varint()? as usize;
        let hashes = r.deltas(words)?;
        let fine = r.take(words)?.to_vec();
        let groups = r.varint()? as usize;
        let coarse = r.take(groups)?.to_vec();
        Ok(Model::assemble(
            Lexicon::from_parts(entries, max_tokens),
            keys,
            weights,
            trans,
        )
        .with_clusters(Clusters::from_parts(hashes, fine, coarse)?))
    }

    /// Serialises the model: magic, codebook, transitions, Rice-coded keys, packed 6-bit
    /// weights, the lexicon, then the word clusters. The codebook is fitted here.
    ///
    /// Each feature's weights are stored less its weight for O, so O's is always zero and is
    /// not stored: six weights a feature instead of seven. A token's tag scores all move by the
    /// same amount, which changes no Viterbi path.
    pub fn to_bytes(&self) -> Vec<u8> {
        let values: Vec<f32> = self
            .weights
            .iter()
            .flat_map(|w| w[1..].iter().map(move |&x| (x - w[0]) as f32 / SCALE))
            .collect();
        // Levels as the reader holds them (multiples of 1/SCALE), so that a model written by
        // training reads and writes back byte for byte.
        let codebook: Vec<f32> = codebook(&values, 1 << WEIGHT_BITS)
            .into_iter()
            .map(|c| fixed(c) as f32 / SCALE)
            .collect();
        let code = |w: f32| {
            // The nearest level (the codebook is sorted after its zero).
            (0..codebook.len())
                .min_by(|&a, &b| (codebook[a] - w).abs().total_cmp(&(codebook[b] - w).abs()))
                .unwrap_or(0)
        };
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(WEIGHT_BITS as u8);
        for c in &codebook {
            out.extend_from_slice(&c.to_le_bytes());
        }
        for t in &self.trans {
            out.extend_from_slice(&t.to_le_bytes());
        }
        write_varint(&mut out, self.keys.len() as u64);
        write_deltas(&mut out, &self.keys);
        let bits = WEIGHT_BITS as usize;
        let mut packed = vec![0u8; (values.len() * bits).div_ceil(8)];
        for (k, &w) in values.iter().enumerate() {
            let c = code(w);
            for j in 0..bits {
                let bit = k * bits + j;
                packed[bit / 8] |= ((c >> j) as u8 & 1) << (bit % 8);
            }
        }
        out.extend_from_slice(&packed);
        let (entries, max_tokens) = self.lexicon.parts();
        write_varint(&mut out, max_tokens as u64);
        write_varint(&mut out, entries.len() as u64);
        write_deltas(&mut out, entries);
        let (hashes, fine, coarse) = self.clusters.parts();
        write_varint(&mut out, hashes.len() as u64);
        write_deltas(&mut out, hashes);
        out.extend_from_slice(fine);
        write_varint(&mut out, coarse.len() as u64);
        out.extend_from_slice(coarse);
        out
    }

    /// The lexicon of names from the training data.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The word clusters the model's features read.
    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }

    /// This model with `clusters` attached.
    pub fn with_clusters(mut self, clusters: Clusters) -> Model {
        self.clusters = clusters;
        self
    }

    /// This model with `lexicon` attached.
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Model {
        self.lexicon = lexicon;
        self
    }

    /// Builds a model from float weights keyed by feature hash, keeping the `keep` features with
    /// the largest weights. Features whose 22-bit keys collide are summed.
    pub fn from_weights(features: Vec<(u32, [f32; N])>, trans: &[f32], keep: usize) -> Model {
        let mut features = features;
        features.sort_by(|a, b| max_abs(&b.1).total_cmp(&max_abs(&a.1)));
        features.truncate(keep);
        let mut merged: Vec<(u32, [f32; N])> =
            features.into_iter().map(|(f, w)| (key_of(f), w)).collect();
        merged.sort_by_key(|f| f.0);
        let mut out: Vec<(u32, [f32; N])> = Vec::with_capacity(merged.len());
        for (k, w) in merged {
            match out.last_mut() {
                Some(last) if last.0 == k => {
                    for (a, b) in last.1.iter_mut().zip(w) {
                        *a += b;
                    }
                }
                _ => out.push((k, w)),
            }
        }
        Model::assemble(
            Lexicon::default(),
            out.iter().map(|f| f.0).collect(),
            out.into_iter().map(|f| f.1).collect(),
            trans.to_vec(),
        )
    }

    /// The tag scores of each token from its features (as [`Sentence::features`] gives them).
    pub fn emissions(&self, feats: &[Vec<u32>]) -> Vec<[f32; N]> {
        feats
            .iter()
            .map(|f| {
                let mut e = [0; N];
                self.emission(f, &mut e);
                e.map(|x| x as f32 / SCALE)
            })
            .collect()
    }

    /// The transition scores, `(N + 1) x N`, the last row for a sentence's start.
    pub fn trans(&self) -> &[f32] {
        &self.trans
    }

    /// Adds the weights of `feats` to `out`.
    fn emission(&self, feats: &[u32], out: &mut [i32; N]) {
        for &f in feats {
            let key = key_of(f);
            let bit = filter_bit(key, self.filter.len() * 64);
            if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            if let Some(k) = self.position(key) {
                for (o, w) in out.iter_mut().zip(&self.weights[k]) {
                    *o += w;
                }
            }
        }
    }

    fn position(&self, key: u32) -> Option<usize> {
        let size = self.table.len();
        let mut slot = slot_of(key, size);
        loop {
            let (k, i) = self.table[slot];
            if k == key {
                return Some(i as usize);
            }
            if k == u32::MAX {
                return None;
            }
            slot = (slot + 1) & (size - 1);
        }
    }

    /// The best tag sequence for a sentence (tag indexes into [`TAGS`]).
    pub fn tag(&self, sentence: &Sentence) -> Vec<usize> {
        let n = sentence.len();
        let mut emissions = Vec::with_capacity(n);
        let mut feats = Vec::with_capacity(64);
        for i in 0..n {
            feats.clear();
            sentence.features(i, &mut feats);
            let mut e = [0; N];
            self.emission(&feats, &mut e);
            emissions.push(e.map(|x| x as f32 / SCALE));
        }
        viterbi(&emissions, &self.trans)
    }

    /// The summed weights of `feats`.
    fn score(&self, feats: &mut Vec<u32>, add: impl FnOnce(&mut Vec<u32>)) -> [i32; N] {
        feats.clear();
        add(feats);
        let mut e = [0; N];
        self.emission(feats, &mut e);
        e
    }
}

/// The bundled model's tagging with what it learns of each word kept for the rest of a text:
/// the word's facts and the part of a token's score that depends on that word alone (its own
/// features and those it gives its neighbours). News repeats its words; the score of a word seen
/// before costs five additions instead of two dozen feature lookups. Tags are exactly
/// [`Model::tag`]'s (see the test `kept_parts_give_the_plain_tags`).
///
/// ```
/// use baca::text::ner::features::Gaz;
/// use baca::text::ner::model::{Model, Tagger};
/// use baca::text::ner::features::Sentence;
/// let words = vec!["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "."];
/// let model = Model::from_bytes(include_bytes!("data/id.model")).unwrap();
/// let mut tagger = Tagger::default();
/// let tags = tagger.tag(&model, &words, &[Gaz::None; 7]);
/// let lex = model.lexicon().tags(&words);
/// let plain = model.tag(&Sentence::new(words, vec![Gaz::None; 7], lex));
/// assert_eq!(tags, plain);
/// ```
#[derive(Default)]
pub struct Tagger {
    /// Each word's place in `known`, by the word's [`text_hash`] (the word itself is in
    /// `text`, compared on a match: no string a word).
    words: FnvMap<u64, u32>,
    known: Vec<Known>,
    /// The words of `known`, one after the other.
    text: String,
    /// The neighbour parts for the boundaries beyond a sentence, by [`OFFSETS`] index.
    bounds: Option<[[i32; N]; 4]>,
    /// The score of the small-set features, by [`Sentence::small_key`].
    small: FnvMap<u32, [i32; N]>,
    /// What each pair of neighbouring words gives its two tokens, by their places in `known`
    /// (`u32::MAX` for a sentence's boundary).
    pairs: FnvMap<u64, Pair>,
    feats: Vec<u32>,
    ids: Vec<u32>,
    hashes: Vec<u32>,
    emissions: Vec<[f32; N]>,
    lex: Vec<u8>,
    sentence: Sentence,
}

/// What a pair of neighbouring words gives its second token (`after`) and its first (`before`).
#[derive(Clone, Copy)]
struct Pair {
    after: [i32; N],
    before: [i32; N],
}

/// A word the tagger has seen in this text.
struct Known {
    /// Where the word ends in [`Tagger`]'s `text` (it starts where the word before ends).
    end: u32,
    info: WordInfo,
    /// The word's hash for the lexicon ([`lexicon_word_hash`]).
    hash: u32,
    own: [i32; N],
    /// What the word adds to a token it stands each of [`OFFSETS`] away from.
    near: [[i32; N]; 4],
    /// Its score for not opening and for opening a sentence.
    opening: [[i32; N]; 2],
}

/// Beyond this many distinct words the tagger forgets them and starts again, to bound memory
/// (about 250 bytes a word).
const MAX_KNOWN: usize = 1 << 13;
/// Nor more than this many bytes of their text.
const MAX_TEXT: usize = 1 << 22;
/// The same for pairs of words (about 80 bytes a pair).
const MAX_PAIRS: usize = 1 << 14;

impl Tagger {
    /// The tags of a sentence's `words` with their gazetteer positions, as [`Model::tag`] gives
    /// them for the same [`Sentence`] (with the model's lexicon tags).
    pub fn tag(&mut self, model: &Model, words: &[&str], gaz: &[Gaz]) -> Vec<usize> {
        let feats = &mut self.feats;
        let bounds = *self.bounds.get_or_insert_with(|| {
            OFFSETS
                .map(|offset| model.score(feats, |f| WordInfo::neighbour_features(None, offset, f)))
        });
        if self.known.len() + words.len() > MAX_KNOWN || self.text.len() > MAX_TEXT {
            self.words.clear();
            self.known.clear();
            self.text.clear();
            self.pairs.clear();
        }
        if self.pairs.len() + words.len() > MAX_PAIRS {
            self.pairs.clear();
        }
        // Words first seen in this sentence: a pair with one of them is new too, scored
        // without a lookup in `pairs` (most pairs in text of new words: codes, acronyms).
        let seen = self.known.len() as u32;
        let mut ids = std::mem::take(&mut self.ids);
        ids.clear();
        ids.extend(words.iter().map(|&w| {
            let key = text_hash(w);
            let fresh = match self.words.get(&key) {
                Some(&id) => {
                    let start = id.checked_sub(1).map_or(0, |p| self.known[p as usize].end);
                    if self
                        .text
                        .get(start as usize..self.known[id as usize].end as usize)
                        == Some(w)
                    {
                        return id;
                    }
                    // Another word with the same hash: this one is scored without a place
                    // in `words` (it never happens in practice; correct if it does).
                    false
                }
                None => true,
            };
            let info = WordInfo::of_in(w, model.clusters());
            let own = model.score(feats, |f| info.own_features(f));
            let near = OFFSETS.map(|offset| {
                model.score(feats, |f| {
                    WordInfo::neighbour_features(Some(&info), offset, f)
                })
            });
            let id = self.known.len() as u32;
            let hash = lexicon_word_hash(w);
            let opening =
                [false, true].map(|o| model.score(feats, |f| info.opening_features(o, f)));
            self.text.push_str(w);
            self.known.push(Known {
                end: self.text.len() as u32,
                info,
                hash,
                own,
                near,
                opening,
            });
            if fresh {
                self.words.insert(key, id);
            }
            id
        }));
        self.hashes.clear();
        self.hashes
            .extend(ids.iter().map(|&id| self.known[id as usize].hash));
        model
            .lexicon()
            .tags_of_hashes_into(&self.hashes, &mut self.lex);
        let known = &self.known;
        self.sentence.fill(
            words,
            ids.iter().map(|&id| known[id as usize].info),
            gaz,
            &self.lex,
        );
        let sentence = &self.sentence;
        let mut emissions = std::mem::take(&mut self.emissions);
        emissions.clear();
        let n = ids.len();
        emissions.extend((0..n).map(|i| {
            let mut e = self.known[ids[i] as usize].own;
            for (k, offset) in OFFSETS.into_iter().enumerate() {
                let part = usize::try_from(i as isize + offset)
                    .ok()
                    .and_then(|j| ids.get(j))
                    .map_or(&bounds[k], |&id| &self.known[id as usize].near[k]);
                for (a, b) in e.iter_mut().zip(part) {
                    *a += b;
                }
            }
            let small = match sentence.small_key(i) {
                Some(key) => *self
                    .small
                    .entry(key)
                    .or_insert_with(|| model.score(feats, |f| sentence.small_features(i, f))),
                None => model.score(feats, |f| sentence.small_features(i, f)),
            };
            let id = |j: isize| {
                usize::try_from(j)
                    .ok()
                    .and_then(|j| ids.get(j))
                    .copied()
                    .unwrap_or(u32::MAX)
            };
            let k = i as isize;
            let known = &self.known;
            let mut pair = |a: u32, b: u32| {
                let score = |feats: &mut Vec<u32>| {
                    let info = |x: u32| known.get(x as usize).map(|w| &w.info);
                    let mut pair = Pair {
                        after: [0; N],
                        before: [0; N],
                    };
                    if let Some(b) = info(b) {
                        pair.after =
                            model.score(feats, |f| WordInfo::pair_features_after(info(a), b, f));
                    }
                    if let Some(a) = info(a) {
                        pair.before =
                            model.score(feats, |f| WordInfo::pair_features_before(a, info(b), f));
                    }
                    pair
                };
                let fresh = |x: u32| x != u32::MAX && x >= seen;
                if fresh(a) || fresh(b) {
                    return score(feats);
                }
                *self
                    .pairs
                    .entry(u64::from(a) << 32 | u64::from(b))
                    .or_insert_with(|| score(feats))
            };
            let after = pair(id(k - 1), id(k)).after;
            let before = pair(id(k), id(k + 1)).before;
            let opening = known[ids[i] as usize].opening[usize::from(sentence.opens(i))];
            for part in [small, after, before, opening] {
                for (a, b) in e.iter_mut().zip(part) {
                    *a += b;
                }
            }
            feats.clear();
            sentence.run_features(i, feats);
            model.emission(feats, &mut e);
            e.map(|x| x as f32 / SCALE)
        }));
        self.ids = ids;
        let tags = viterbi(&emissions, &model.trans);
        self.emissions = emissions;
        tags
    }

    /// The probability of each tag of each token of the sentence last tagged by `model`
    /// ([`super::crf::marginals`]).
    pub fn marginals(&self, model: &Model) -> Vec<[f32; N]> {
        super::crf::marginals_with(&self.emissions, &model.trans_exp)
    }
}

/// A codebook of `levels` values for `values`: zero plus the others fitted by one-dimensional
/// k-means (Lloyd's algorithm from quantile starts), so that the many small weights and the few
/// large ones are both represented.
fn codebook(values: &[f32], levels: usize) -> Vec<f32> {
    let mut sorted: Vec<f32> = values.iter().copied().filter(|w| *w != 0.0).collect();
    sorted.sort_by(f32::total_cmp);
    let k = levels - 1;
    let mut book = vec![0.0f32; levels];
    if sorted.is_empty() {
        return book;
    }
    // Weights that already take at most k values (a model read back) keep them exactly.
    let mut distinct = sorted.clone();
    distinct.dedup();
    if distinct.len() <= k {
        book[1..=distinct.len()].copy_from_slice(&distinct);
        return book;
    }
    let mut centres: Vec<f32> = (0..k)
        .map(|c| sorted[(c * 2 + 1) * sorted.len() / (2 * k)])
        .collect();
    for _ in 0..30 {
        let mut sums = vec![0.0f64; k];
        let mut counts = vec![0usize; k];
        // Values and centres are sorted: each value's nearest centre by a walk.
        let mut c = 0;
        for &w in &sorted {
            while c + 1 < k && (centres[c + 1] - w).abs() <= (centres[c] - w).abs() {
                c += 1;
            }
            sums[c] += f64::from(w);
            counts[c] += 1;
        }
        for c in 0..k {
            if counts[c] > 0 {
                centres[c] = (sums[c] / counts[c] as f64) as f32;
            }
        }
        centres.sort_by(f32::total_cmp);
    }
    book[1..].copy_from_slice(&centres);
    book
}

fn max_abs(w: &[f32; N]) -> f32 {
    w.iter().map(|x| x.abs()).fold(0.0, f32::max)
}

/// First-order Viterbi over `emissions` (per token, per tag) and `trans` ((N + 1) x N, the last
/// row for the sentence start), honouring [`allowed`].
pub fn viterbi(emissions: &[[f32; N]], trans: &[f32]) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    // Transitions with the forbidden ones at minus infinity, so the inner loop does not branch.
    let mut t2 = [[f32::NEG_INFINITY; N]; N + 1];
    for (p, row) in t2.iter_mut().enumerate() {
        for (t, cell) in row.iter_mut().enumerate() {
            if allowed(p, t) {
                *cell = trans[p * N + t];
            }
        }
    }
    let mut back = vec![[0u8; N]; n];
    let mut score = [0.0f32; N];
    for t in 0..N {
        score[t] = emissions[0][t] + t2[START][t];
    }
    // O (0) and B- tags (odd) may follow any tag; an I- tag (even) only the B- or I- of its type
    // (the others are at minus infinity and never chosen, so skipping them changes no result).
    // Ties go to the first predecessor, as a scan in tag order gives them.
    for i in 1..n {
        let mut next = [0.0f32; N];
        let (e, b) = (&emissions[i], &mut back[i]);
        for t in [0, 1, 3, 5] {
            let (mut best, mut arg) = (score[0] + t2[0][t], 0);
            for p in 1..N {
                let s = score[p] + t2[p][t];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            next[t] = best + e[t];
            b[t] = arg as u8;
        }
        for t in [2, 4, 6] {
            let (from_b, from_i) = (score[t - 1] + t2[t - 1][t], score[t] + t2[t][t]);
            let (best, arg) = if from_i > from_b {
                (from_i, t)
            } else {
                (from_b, t - 1)
            };
            next[t] = best + e[t];
            b[t] = arg as u8;
        }
        score = next;
    }
    let mut t = (0..N)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
        .unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = t;
        t = usize::from(back[i][t]);
    }
    tags
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or("truncated model")?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    /// `n` sorted numbers written by [`write_deltas`].
    fn deltas(&mut self, n: usize) -> Result<Vec<u32>, String> {
        let k = u32::from(self.take(1)?[0]);
        if k > 31 {
            return Err("bad Rice parameter in model".into());
        }
        let bytes = &self.bytes[self.pos..];
        let mut at = 0usize;
        let mut bit = || -> Result<u32, String> {
            let b = bytes.get(at / 8).ok_or("truncated model")? >> (at % 8) & 1;
            at += 1;
            Ok(u32::from(b))
        };
        let mut out = Vec::with_capacity(n.min(1 << 20));
        let mut last = 0u32;
        for _ in 0..n {
            let mut high = 0u32;
            while bit()? == 1 {
                high += 1;
                if high >> (32 - k) != 0 {
                    return Err("bad gap in model".into());
                }
            }
            let mut low = 0u32;
            for j in 0..k {
                low |= bit()? << j;
            }
            last = last.wrapping_add(high << k | low);
            out.push(last);
        }
        self.pos += at.div_ceil(8);
        Ok(out)
    }

    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(
            self.take(4)?.try_into().map_err(|_| "truncated model")?,
        ))
    }
    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("bad varint in model".into())
    }
}

/// Sorted numbers as Rice-coded differences from their predecessor: a byte `k`, then per
/// difference its high bits in unary and its `k` low bits, padded to a whole byte. The gaps
/// between hashed keys are close to geometric, and this takes a fifth fewer bytes than varints.
fn write_deltas(out: &mut Vec<u8>, sorted: &[u32]) {
    let gaps: Vec<u32> = sorted
        .iter()
        .scan(0u32, |last, &v| {
            Some(v.wrapping_sub(std::mem::replace(last, v)))
        })
        .collect();
    let cost = |k: u32| -> u64 {
        gaps.iter()
            .map(|&g| u64::from(g >> k) + 1 + u64::from(k))
            .sum()
    };
    let k = (0..32).min_by_key(|&k| cost(k)).unwrap_or(0);
    out.push(k as u8);
    let (mut acc, mut used) = (0u8, 0u32);
    let mut push = |b: bool, out: &mut Vec<u8>| {
        acc |= u8::from(b) << used;
        used += 1;
        if used == 8 {
            out.push(acc);
            (acc, used) = (0, 0);
        }
    };
    for &g in &gaps {
        for _ in 0..g >> k {
            push(true, out);
        }
        push(false, out);
        for j in 0..k {
            push(g >> j & 1 == 1, out);
        }
    }
    if used > 0 {
        out.push(acc);
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Training: the averaged structured perceptron (`examples/train_ner.rs`; the wasm never links
/// it).
pub mod train {
    use std::collections::HashMap;

    use super::{viterbi, Model, Sentence, N, START};

    #[derive(Clone, Copy, Default)]
    struct Weight {
        w: [f32; N],
        total: [f32; N],
        stamp: u32,
    }

    /// An averaged perceptron being trained.
    #[derive(Default)]
    pub struct Trainer {
        weights: HashMap<u32, Weight>,
        /// If set, only these features are learned.
        allowed: Option<std::collections::HashSet<u32>>,
        trans: Vec<f32>,
        trans_total: Vec<f32>,
        trans_stamp: u32,
        step: u32,
    }

    impl Trainer {
        /// A trainer with zero weights.
        pub fn new() -> Trainer {
            Trainer {
                trans: vec![0.0; (N + 1) * N],
                trans_total: vec![0.0; (N + 1) * N],
                ..Default::default()
            }
        }

        /// A trainer that learns weights for `features` only.
        pub fn restricted(features: std::collections::HashSet<u32>) -> Trainer {
            Trainer {
                allowed: Some(features),
                ..Trainer::new()
            }
        }

        fn emissions(&self, feats: &[Vec<u32>]) -> Vec<[f32; N]> {
            feats
                .iter()
                .map(|fs| {
                    let mut e = [0.0; N];
                    for f in fs {
                        if let Some(w) = self.weights.get(f) {
                            for (a, b) in e.iter_mut().zip(w.w) {
                                *a += b;
                            }
                        }
                    }
                    e
                })
                .collect()
        }

        fn bump(&mut self, f: u32, t: usize, delta: f32) {
            let step = self.step;
            let w = self.weights.entry(f).or_default();
            for k in 0..N {
                w.total[k] += (step - w.stamp) as f32 * w.w[k];
            }
            w.stamp = step;
            w.w[t] += delta;
        }

        fn bump_trans(&mut self, i: usize, delta: f32) {
            let elapsed = (self.step - self.trans_stamp) as f32;
            for (total, w) in self.trans_total.iter_mut().zip(&self.trans) {
                *total += elapsed * w;
            }
            self.trans_stamp = self.step;
            self.trans[i] += delta;
        }

        /// One update on a sentence with gold tags.
        pub fn update(&mut self, sentence: &Sentence, gold: &[usize]) {
            self.step += 1;
            let mut feats = Vec::with_capacity(sentence.len());
            for i in 0..sentence.len() {
                let mut f = Vec::new();
                sentence.features(i, &mut f);
                if let Some(allowed) = &self.allowed {
                    f.retain(|x| allowed.contains(&super::key_of(*x)) || allowed.contains(x));
                }
                feats.push(f);
            }
            let guess = viterbi(&self.emissions(&feats), &self.trans);
            if guess == gold {
                return;
            }
            for i in 0..gold.len() {
                if guess[i] != gold[i] {
                    for &f in &feats[i] {
                        self.bump(f, gold[i], 1.0);
                        self.bump(f, guess[i], -1.0);
                    }
                }
                let gp = if i == 0 { START } else { gold[i - 1] };
                let pp = if i == 0 { START } else { guess[i - 1] };
                if gp != pp || gold[i] != guess[i] {
                    self.bump_trans(gp * N + gold[i], 1.0);
                    self.bump_trans(pp * N + guess[i], -1.0);
                }
            }
        }

        /// The averaged weights as a model with at most `keep` features.
        pub fn finish(&self, keep: usize) -> Model {
            let step = self.step.max(1) as f32;
            let mut features: Vec<(u32, [f32; N])> = self
                .weights
                .iter()
                .map(|(&f, w)| {
                    let elapsed = (self.step - w.stamp) as f32;
                    let avg: [f32; N] =
                        std::array::from_fn(|t| (w.total[t] + elapsed * w.w[t]) / step);
                    (f, avg)
                })
                .collect();
            // In feature order, not the hash map's: ties in weight and the sums of colliding
            // keys then come out the same on every run, and so does the model, byte for byte.
            features.sort_by_key(|f| f.0);
            let elapsed = (self.step - self.trans_stamp) as f32;
            let trans: Vec<f32> = self
                .trans_total
                .iter()
                .zip(&self.trans)
                .map(|(t, w)| (t + elapsed * w) / step)
                .collect();
            Model::from_weights(features, &trans, keep)
        }

        /// Number of features seen.
        pub fn features(&self) -> usize {
            self.weights.len()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ner::features::gazetteer_tags;
    use crate::text::ner::tokenize;

    #[test]
    fn rice_coded_numbers_read_back() {
        for numbers in [
            vec![],
            vec![0],
            vec![0, 0, 1, 5, 1 << 20, u32::MAX],
            (0..1000)
                .map(|i| i * 7919 % 100_003)
                .scan(0, |a, x| {
                    *a += x;
                    Some(*a)
                })
                .collect(),
        ] {
            let mut bytes = vec![9];
            write_deltas(&mut bytes, &numbers);
            bytes.push(42);
            let mut r = Reader {
                bytes: &bytes,
                pos: 1,
            };
            assert_eq!(r.deltas(numbers.len()).unwrap(), numbers);
            assert_eq!(
                r.take(1).unwrap(),
                [42],
                "the next field starts on the next byte"
            );
            // Cut short, or asked for more than written: an error, not a panic.
            let cut = &bytes[..bytes.len() - 2];
            let read = Reader { bytes: cut, pos: 1 }.deltas(numbers.len());
            assert!(numbers.len() < 2 || read.is_err());
        }
        let ones = [1, 0xff, 0xff, 0xff, 0xff, 0xff];
        assert!(Reader {
            bytes: &ones,
            pos: 0
        }
        .deltas(1)
        .is_err());
    }

    /// The bundled model reads and writes back to the same bytes.
    #[test]
    fn bundled_model_round_trips() {
        let bytes = include_bytes!("data/id.model");
        let model = Model::from_bytes(bytes).unwrap();
        assert!(model.len() > 1000);
        assert!(model.to_bytes() == bytes, "the model does not round-trip");
    }

    /// The tagger with its per-word and per-pair parts kept across a whole text gives exactly
    /// the tags of the plain feature-by-feature scoring, sentence after sentence, including
    /// after it has forgotten its words.
    #[test]
    fn kept_parts_give_the_plain_tags() {
        let article = include_str!("../../../www/demo/article.txt");
        let english = "The U.S. Secretary of State Antony Blinken met NATO leaders in Brussels. \
            \"We will not back down,\" said Kremlin spokesman Dmitry Peskov on Monday.";
        let mut tagger = Tagger::default();
        let model = Model::from_bytes(include_bytes!("data/id.model")).unwrap();
        super::super::gazetteer::add_places(include_str!("data/places.txt"));
        let mut sentences = 0;
        for round in 0..2 {
            for line in article.lines().chain([english]) {
                let tokens = tokenize(line);
                if tokens.is_empty() {
                    continue;
                }
                let words: Vec<&str> = tokens.iter().map(|t| t.text(line)).collect();
                let gaz = gazetteer_tags(line, &tokens);
                let lex = model.lexicon().tags(&words);
                let plain = model.tag(&Sentence::new_in(
                    words.clone(),
                    gaz.clone(),
                    lex,
                    model.clusters(),
                ));
                assert_eq!(tagger.tag(&model, &words, &gaz), plain, "{line}");
                sentences += 1;
            }
            if round == 0 {
                // Forgetting keeps the results.
                tagger.words.clear();
                tagger.known.clear();
                tagger.pairs.clear();
            }
        }
        assert!(sentences > 40);
    }
}
