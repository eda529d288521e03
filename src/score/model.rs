//! The scoring model: gradient-boosted regression trees over the inputs of
//! [`super::features`] (a candidate's features and whether the text has a title), fitted on the train split by `scripts/fit_model.py` and
//! embedded as the generated tables of `src/data/model.rs`. Inference is a walk down each
//! tree; the score of a candidate is the sum of the leaves it reaches.
//!
//! A tree is stored as its nodes, the root first. A node is one `u32`:
//! `feature (6 bits) | threshold index (10 bits) | left (8 bits) | right (8 bits)`, where a
//! child below [`LEAF`] is another node of the same tree and `LEAF + k` is the tree's `k`-th
//! leaf. The input goes left when `x[feature] <= THRESHOLDS[threshold index]`.

// The generated tables: TREES (each tree's first node and first leaf), NODES, LEAVES,
// THRESHOLDS, LEAF_SCALE, and the feature names the model was fitted on.
include!("../data/model.rs");

/// Children at or above this are leaves.
const LEAF: u32 = 128;

/// The score of one candidate.
pub(super) fn score(input: &[f64; 64]) -> f64 {
    // The thresholds in an array as long as their 10-bit indices reach (no bounds checks).
    let thresholds = thresholds();
    let mut sum = 0i32;
    for &(node0, leaf0) in TREES.iter() {
        let nodes = &NODES[node0 as usize..];
        let mut n = 0usize;
        let leaf = loop {
            let node = nodes[n];
            let child =
                if input[(node >> 26) as usize] <= thresholds[((node >> 16) & 0x3ff) as usize] {
                    (node >> 8) & 0xff
                } else {
                    node & 0xff
                };
            if child >= LEAF {
                break child - LEAF;
            }
            n = child as usize;
        };
        sum += i32::from(LEAVES[leaf0 as usize + leaf as usize]);
    }
    f64::from(sum) / LEAF_SCALE
}

/// [`THRESHOLDS`] as `f64`, padded to the 1,024 values a node's index can name.
fn thresholds() -> &'static [f64; 1024] {
    static T: std::sync::OnceLock<[f64; 1024]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = [f64::INFINITY; 1024];
        for (slot, &v) in t.iter_mut().zip(THRESHOLDS.iter()) {
            *slot = f64::from(v);
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_those_the_fitting_script_computed() {
        for (x, want) in CHECKS.iter() {
            let mut input = [0.0; 64];
            input[..x.len()].copy_from_slice(x);
            let got = score(&input);
            assert!((got - want).abs() < 1e-9, "{got} != {want}");
        }
    }

    #[test]
    fn tables_are_consistent() {
        assert_eq!(
            MODEL_FEATURES[..],
            crate::score::features::NAMES[..],
            "fitted on other features: refit"
        );
        let mut leaves = 0usize;
        for (t, &(node0, leaf0)) in TREES.iter().enumerate() {
            let end = TREES.get(t + 1).map_or(NODES.len(), |n| n.0 as usize);
            let leaf_end = TREES.get(t + 1).map_or(LEAVES.len(), |n| n.1 as usize);
            assert_eq!(leaf0 as usize, leaves);
            assert_eq!(
                leaf_end - leaf0 as usize,
                end - node0 as usize + 1,
                "tree {t}"
            );
            for &node in &NODES[node0 as usize..end] {
                assert!(((node >> 26) as usize) < MODEL_FEATURES.len());
                assert!((((node >> 16) & 0x3ff) as usize) < THRESHOLDS.len());
                for child in [(node >> 8) & 0xff, node & 0xff] {
                    if child >= LEAF {
                        assert!(((child - LEAF) as usize) < leaf_end - leaf0 as usize);
                    } else {
                        assert!((child as usize) < end - node0 as usize);
                    }
                }
            }
            leaves = leaf_end;
        }
        assert_eq!(leaves, LEAVES.len());
    }
}
