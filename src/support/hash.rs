//! The hasher of baca's maps and sets.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the data sets are small and keyed by short words, where SipHash's cost dominates.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
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

/// The hash map of the text core: FNV-hashed, one hasher for all maps so that each key and value
/// type is compiled once (and no SipHash in the wasm for them).
pub type FnvMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The hash set of the text core (see [`FnvMap`]).
pub type FnvSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
