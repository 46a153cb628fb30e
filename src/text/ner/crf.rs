//! The tagger as a linear-chain conditional random field: the probability of each tag of each
//! token (forward–backward over the model's scores), which gives every name its confidence, and
//! the training of such a model (`examples/train_ner.rs`): AdaGrad on the log-likelihood with an
//! L2 penalty, deterministic.

use super::model::{allowed, Model, N, START};

/// Transitions as a full `(N + 1) x N` table with the forbidden ones at minus infinity (an
/// I- tag only continues its type).
fn transitions(trans: &[f32]) -> [[f32; N]; N + 1] {
    let mut t2 = [[f32::NEG_INFINITY; N]; N + 1];
    for (p, row) in t2.iter_mut().enumerate() {
        for (t, cell) in row.iter_mut().enumerate() {
            if allowed(p, t) {
                *cell = trans.get(p * N + t).copied().unwrap_or(0.0);
            }
        }
    }
    t2
}

fn log_sum_exp(xs: impl Iterator<Item = f32> + Clone) -> f32 {
    let m = xs.clone().fold(f32::NEG_INFINITY, f32::max);
    if m == f32::NEG_INFINITY {
        return m;
    }
    m + xs.map(|x| (x - m).exp()).sum::<f32>().ln()
}

/// Forward and backward log-scores of every tag of every token, and the log of the sum over all
/// tag sequences.
fn forward_backward(
    emissions: &[[f32; N]],
    t2: &[[f32; N]; N + 1],
) -> (Vec<[f32; N]>, Vec<[f32; N]>, f32) {
    let n = emissions.len();
    let mut alpha = vec![[f32::NEG_INFINITY; N]; n];
    let mut beta = vec![[0.0f32; N]; n];
    if n == 0 {
        return (alpha, beta, 0.0);
    }
    for t in 0..N {
        alpha[0][t] = t2[START][t] + emissions[0][t];
    }
    for i in 1..n {
        for t in 0..N {
            let prev = &alpha[i - 1];
            alpha[i][t] = log_sum_exp((0..N).map(|p| prev[p] + t2[p][t])) + emissions[i][t];
        }
    }
    for i in (0..n - 1).rev() {
        for p in 0..N {
            let next = &beta[i + 1];
            let e = &emissions[i + 1];
            beta[i][p] = log_sum_exp((0..N).map(|t| t2[p][t] + e[t] + next[t]));
        }
    }
    let z = log_sum_exp(alpha[n - 1].iter().copied());
    (alpha, beta, z)
}

/// The probability of each tag of each token given the whole sentence.
///
/// ```
/// use baca::text::ner::{crf::marginals, model::N};
/// let mut e = [[0.0; N]; 2];
/// e[0][1] = 5.0; // B-PER
/// let m = marginals(&e, &vec![0.0; (N + 1) * N]);
/// assert!(m[0][1] > 0.9);
/// assert!((m[1].iter().sum::<f32>() - 1.0).abs() < 1e-4);
/// ```
pub fn marginals(emissions: &[[f32; N]], trans: &[f32]) -> Vec<[f32; N]> {
    marginals_with(emissions, &exp_transitions(trans))
}

/// The transitions as probabilities (`exp` of the scores, 0 where forbidden), for
/// [`marginals_with`]: a model computes them once.
pub fn exp_transitions(trans: &[f32]) -> [[f32; N]; N + 1] {
    transitions(trans).map(|row| row.map(f32::exp))
}

/// [`marginals`] with the transitions as [`exp_transitions`] gives them.
pub fn marginals_with(emissions: &[[f32; N]], t: &[[f32; N]; N + 1]) -> Vec<[f32; N]> {
    // In probabilities rather than logarithms, each step scaled to sum to one: a few dozen
    // multiplications a token instead of a hundred exponentials (a tenth of the time).
    let n = emissions.len();
    let scale = |v: &mut [f32; N]| {
        let sum: f32 = v.iter().sum();
        if sum > 0.0 {
            let k = 1.0 / sum;
            v.iter_mut().for_each(|x| *x *= k);
        }
    };
    // The emissions as probabilities, relative to each token's best (no overflow).
    let e: Vec<[f32; N]> = emissions
        .iter()
        .map(|row| {
            let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            row.map(|x| (x - m).exp())
        })
        .collect();
    let mut alpha = vec![[0.0f32; N]; n];
    for i in 0..n {
        for tag in 0..N {
            let into = if i == 0 {
                t[START][tag]
            } else {
                (0..N).map(|p| alpha[i - 1][p] * t[p][tag]).sum()
            };
            alpha[i][tag] = into * e[i][tag];
        }
        scale(&mut alpha[i]);
    }
    // Backwards, each token's marginals made as its beta is: alpha × beta, scaled.
    let mut beta = [1.0f32; N];
    for i in (0..n).rev() {
        let mut m = alpha[i];
        for tag in 0..N {
            m[tag] *= beta[tag];
        }
        scale(&mut m);
        alpha[i] = m;
        if i > 0 {
            let after: [f32; N] = std::array::from_fn(|tag| e[i][tag] * beta[tag]);
            beta = std::array::from_fn(|p| (0..N).map(|tag| t[p][tag] * after[tag]).sum());
            scale(&mut beta);
        }
    }
    alpha
}

/// [`marginals`] the long way, in logarithms (what training uses), for the tests.
#[cfg(test)]
fn log_marginals(emissions: &[[f32; N]], trans: &[f32]) -> Vec<[f32; N]> {
    let t2 = transitions(trans);
    let (alpha, beta, z) = forward_backward(emissions, &t2);
    alpha
        .iter()
        .zip(&beta)
        .map(|(a, b)| {
            let mut m = [0.0; N];
            for t in 0..N {
                m[t] = (a[t] + b[t] - z).exp();
            }
            m
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scaled probabilities give the logarithms' marginals, also with large scores.
    #[test]
    fn scaled_marginals_are_the_log_domain_ones() {
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (seed >> 8) as f32 / (1u32 << 24) as f32 * 60.0 - 30.0
        };
        for n in [1, 2, 5, 40] {
            let emissions: Vec<[f32; N]> = (0..n).map(|_| [0; N].map(|_: i32| next())).collect();
            let trans: Vec<f32> = (0..(N + 1) * N).map(|_| next() / 5.0).collect();
            let (a, b) = (
                marginals(&emissions, &trans),
                log_marginals(&emissions, &trans),
            );
            for (x, y) in a.iter().zip(&b) {
                for t in 0..N {
                    assert!((x[t] - y[t]).abs() < 1e-3, "{x:?} {y:?}");
                }
            }
        }
    }
}

/// The confidence of the span `a..b` of type `ty` (1 person, 2 place, 3 organisation): the
/// least probability among its tags (B- on its first token, I- on the others).
///
/// ```
/// use baca::text::ner::{crf::span_confidence, model::N};
/// let mut m = vec![[0.0; N]; 2];
/// m[0][1] = 0.9; // B-PER
/// m[1][2] = 0.8; // I-PER
/// assert_eq!(span_confidence(&m, 0, 2, 1), 0.8);
/// ```
pub fn span_confidence(marginals: &[[f32; N]], a: usize, b: usize, ty: usize) -> f32 {
    (a..b)
        .map(|i| {
            let tag = if i == a { 2 * ty - 1 } else { 2 * ty };
            marginals.get(i).map_or(0.0, |m| m[tag])
        })
        .fold(1.0, f32::min)
}

/// How sure the tagger is that every token of `a..b` is in a name of type `ty` (1 person, 2
/// place, 3 organisation), wherever the name starts: the least probability among the tokens
/// of its type's B- or I- tag. For a span cut out of a longer one the tagger found (a name
/// after the title it read into it), whose first token the tagger has as I-.
///
/// ```
/// use baca::text::ner::{crf::inside_confidence, model::N};
/// let mut m = vec![[0.0; N]; 2];
/// m[0][1] = 0.3; // B-PER
/// m[0][2] = 0.6; // I-PER
/// m[1][2] = 0.8; // I-PER
/// assert!((inside_confidence(&m, 0, 2, 1) - 0.8).abs() < 1e-6);
/// ```
pub fn inside_confidence(marginals: &[[f32; N]], a: usize, b: usize, ty: usize) -> f32 {
    (a..b)
        .map(|i| marginals.get(i).map_or(0.0, |m| m[2 * ty - 1] + m[2 * ty]))
        .fold(1.0, f32::min)
}

/// Training (`examples/train_ner.rs`).
pub mod train {
    use std::collections::{HashMap, HashSet};

    use super::{forward_backward, transitions, Model, N, START};

    #[derive(Clone, Copy, Default)]
    struct Weight {
        w: [f32; N],
        /// AdaGrad's sum of squared gradients.
        g2: [f32; N],
    }

    /// A CRF being trained.
    pub struct Trainer {
        weights: HashMap<u32, Weight>,
        allowed: Option<HashSet<u32>>,
        trans: Vec<f32>,
        trans_g2: Vec<f32>,
        rate: f32,
        l2: f32,
    }

    impl Trainer {
        /// A trainer with zero weights, learning rate `rate` and L2 penalty `l2` (per update).
        pub fn new(rate: f32, l2: f32) -> Trainer {
            Trainer {
                weights: HashMap::new(),
                allowed: None,
                trans: vec![0.0; (N + 1) * N],
                trans_g2: vec![0.0; (N + 1) * N],
                rate,
                l2,
            }
        }

        /// A trainer that learns weights for `features` only.
        pub fn restricted(features: HashSet<u32>, rate: f32, l2: f32) -> Trainer {
            Trainer {
                allowed: Some(features),
                ..Trainer::new(rate, l2)
            }
        }

        fn emissions(&self, feats: &[Vec<u32>]) -> Vec<[f32; N]> {
            feats
                .iter()
                .map(|fs| {
                    let mut e = [0.0; N];
                    for f in fs {
                        if let Some(w) = self.weights.get(f) {
                            for (a, b) in e.iter_mut().zip(&w.w) {
                                *a += b;
                            }
                        }
                    }
                    e
                })
                .collect()
        }

        /// The model's tags' probabilities for a sentence's token features.
        pub fn marginals(&self, feats: &[Vec<u32>]) -> Vec<[f32; N]> {
            super::marginals(&self.emissions(feats), &self.trans)
        }

        /// One step on a sentence: its tokens' features and gold tags.
        pub fn update(&mut self, feats: &[Vec<u32>], gold: &[usize]) {
            let n = feats.len();
            if n == 0 {
                return;
            }
            let emissions = self.emissions(feats);
            let t2 = transitions(&self.trans);
            let (alpha, beta, z) = forward_backward(&emissions, &t2);
            if !z.is_finite() {
                return;
            }
            let (rate, l2) = (self.rate, self.l2);
            let step = |w: &mut f32, g2: &mut f32, g: f32| {
                let g = g + l2 * *w;
                *g2 += g * g;
                *w -= rate * g / (g2.sqrt() + 1e-6);
            };
            for i in 0..n {
                let mut grad = [0.0f32; N];
                for (t, g) in grad.iter_mut().enumerate() {
                    *g = (alpha[i][t] + beta[i][t] - z).exp();
                }
                grad[gold[i]] -= 1.0;
                for f in &feats[i] {
                    if self.allowed.as_ref().is_some_and(|a| !a.contains(f)) {
                        continue;
                    }
                    let w = self.weights.entry(*f).or_default();
                    for ((w, g2), g) in w.w.iter_mut().zip(&mut w.g2).zip(grad) {
                        step(w, g2, g);
                    }
                }
            }
            // Transitions: expected pair counts less the gold ones.
            let mut grad = vec![0.0f32; (N + 1) * N];
            for t in 0..N {
                grad[START * N + t] += (alpha[0][t] + beta[0][t] - z).exp();
            }
            for i in 1..n {
                for p in 0..N {
                    for t in 0..N {
                        if t2[p][t] == f32::NEG_INFINITY {
                            continue;
                        }
                        let m = alpha[i - 1][p] + t2[p][t] + emissions[i][t] + beta[i][t] - z;
                        grad[p * N + t] += m.exp();
                    }
                }
            }
            grad[START * N + gold[0]] -= 1.0;
            for i in 1..n {
                grad[gold[i - 1] * N + gold[i]] -= 1.0;
            }
            for ((w, g2), g) in self.trans.iter_mut().zip(&mut self.trans_g2).zip(grad) {
                step(w, g2, g);
            }
        }

        /// The best tags of a sentence's token features under the weights as they are.
        pub fn tag(&self, feats: &[Vec<u32>]) -> Vec<usize> {
            super::super::model::viterbi(&self.emissions(feats), &self.trans)
        }

        /// Number of features with weights.
        pub fn features(&self) -> usize {
            self.weights.len()
        }

        /// The model of the `keep` features with the largest weights.
        pub fn finish(&self, keep: usize) -> Model {
            let features = self.weights.iter().map(|(&f, w)| (f, w.w)).collect();
            Model::from_weights(features, &self.trans, keep)
        }
    }
}
