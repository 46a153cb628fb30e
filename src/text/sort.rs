//! Stable sorting through one compiled merge sort. The standard library's sorts are compiled
//! anew for every element type and comparison (several kilobytes of wasm at each call site);
//! these wrappers share one sort of indexes and add a few dozen bytes per call site. Every build
//! sorts this way, so that the tests run what ships.
//!
//! ```
//! let mut words = vec!["pear", "fig", "apple", "kiwi"];
//! baca::text::sort::sort_by_key(&mut words, |w| w.len());
//! assert_eq!(words, ["fig", "pear", "kiwi", "apple"]); // stable: pear before kiwi
//! ```

use std::cmp::Ordering;

/// The stable order of `n` items under `cmp` (of their indexes): a bottom-up merge sort.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r, mut k) = (start, mid, start);
            while l < mid && r < end {
                // Equal items keep their order: take from the left unless the right is less.
                if cmp(a[r], a[l]) == Ordering::Less {
                    b[k] = a[r];
                    r += 1;
                } else {
                    b[k] = a[l];
                    l += 1;
                }
                k += 1;
            }
            b[k..k + mid - l].copy_from_slice(&a[l..mid]);
            k += mid - l;
            b[k..k + end - r].copy_from_slice(&a[r..end]);
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Puts `items[order[k]]` at `k`, following the permutation's cycles with swaps.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        let mut k = start;
        while !done[k] {
            done[k] = true;
            let from = order[k];
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

/// Sorts `items` stably with `cmp`.
///
/// ```
/// let mut v = vec![(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')];
/// baca::text::sort::sort_by(&mut v, |x, y| x.0.cmp(&y.0));
/// assert_eq!(v, [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]);
/// ```
pub fn sort_by<T>(items: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    merge_sort_by(items, cmp);
}

/// [`sort_by`]: one shared merge sort of indexes.
fn merge_sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    // Nothing to do for most of them (a sentence's names): no allocation then. Short lists take
    // the same way as long ones, so that each call site adds only its comparison.
    if items.len() < 2 {
        return;
    }
    let order = {
        let v = &*items;
        order(v.len(), &mut |i, j| cmp(&v[i], &v[j]))
    };
    permute(items, &order);
}

/// Sorts `items` stably by `key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, |a, b| a.cmp(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A deterministic pseudo-random sequence with many ties, at many lengths.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for n in [0, 1, 2, 3, 7, 8, 9, 31, 64, 100, 1000, 4097] {
            let items: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    ((x % 11) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            merge_sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = items.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
