//! The hasher of baca's maps and sets.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the data sets are small and keyed by short words, where SipHash's cost dominates.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    // FNV's low bits depend only on the low bits of the bytes (a product's low bits do), and a
    // table picks its bucket by the low bits: words made to share them would all fall in one
    // bucket and make each lookup read them all. The finish mixes the high bits down
    // (MurmurHash3's 64-bit finaliser), so that a shared bucket needs a whole-hash collision.
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    // Integer keys (the tagger's word ids) in one multiply, not eight byte steps; the shift
    // brings the product's mixed high bits down to the low bits that pick the bucket.
    fn write_u32(&mut self, x: u32) {
        self.write_u64(u64::from(x));
    }
    fn write_u64(&mut self, x: u64) {
        let h = (self.0 ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }
}

/// The 64-bit hash of a text (FNV-1a with [`Fnv`]'s finish), standing for the text where a
/// string per name would cost too much (linking's tables, the names of `Phrases`).
pub fn text_hash(text: &str) -> u64 {
    let mut h = TextHash::default();
    h.push(text.as_bytes());
    h.value()
}

/// [`text_hash`] grown a part at a time: text pushed in parts hashes as the whole pushed at
/// once (a hash of words joined with spaces grows a word at a time).
#[derive(Clone, Copy)]
pub struct TextHash(u64);

impl Default for TextHash {
    fn default() -> Self {
        TextHash(0xcbf2_9ce4_8422_2325)
    }
}

impl TextHash {
    /// Adds `bytes` to the text hashed.
    pub fn push(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// The [`text_hash`] of the text pushed so far.
    pub fn value(&self) -> u64 {
        Fnv(self.0).finish()
    }
}

/// The hash map of the text core: FNV-hashed, one hasher for all maps so that each key and value
/// type is compiled once (and no SipHash in the wasm for them).
pub type FnvMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The hash set of the text core (see [`FnvMap`]).
pub type FnvSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Text pushed in parts hashes as the whole, as [`Fnv`] hashes it written at once: also
    /// where a part leaves FNV's state at zero (which [`Fnv::write`] would read as a fresh
    /// start).
    #[test]
    fn text_pushed_in_parts_hashes_as_the_whole() {
        let whole = |t: &str| {
            let mut h = Fnv::default();
            h.write(t.as_bytes());
            h.finish()
        };
        for text in [
            "",
            "a",
            "Korea Utara",
            "Kantor Berita Pusat Korea Utara",
            "Σ é",
        ] {
            assert_eq!(text_hash(text), whole(text));
            for cut in 0..=text.len() {
                let mut h = TextHash::default();
                h.push(&text.as_bytes()[..cut]);
                h.push(&text.as_bytes()[cut..]);
                assert_eq!(h.value(), text_hash(text), "{text:?} cut at {cut}");
            }
        }
        // A state of zero after a part: the next part goes on from zero.
        let mut zero = TextHash(0);
        zero.push(b"x");
        assert_eq!(zero.0, u64::from(b'x').wrapping_mul(0x0100_0000_01b3));
    }

    /// Words whose plain FNV-1a hashes share their low 12 bits (found by search here, as an
    /// attacker would) do not share a bucket of a table of 4,096 once finished.
    #[test]
    fn words_made_to_share_low_bits_spread_over_buckets() {
        let raw = |w: &str| {
            w.bytes()
                .chain([0xff])
                .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                })
        };
        let words: Vec<String> = (0..200_000u32)
            .map(|k| format!("w{k}"))
            .filter(|w| raw(w) & 0xfff == 0)
            .collect();
        assert!(words.len() >= 20, "the search finds such words");
        let buckets: HashSet<u64> = words
            .iter()
            .map(|w| {
                let mut h = Fnv::default();
                std::hash::Hash::hash(w.as_str(), &mut h);
                h.finish() & 0xfff
            })
            .collect();
        assert!(
            buckets.len() > words.len() / 2,
            "{} of {}",
            buckets.len(),
            words.len()
        );
    }
}
