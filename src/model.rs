//! The scoring model: turns a candidate's features ([`crate::score::FEATURE_NAMES`]) into a
//! score. Two linear models fitted on the train split by `scripts/fit_weights.py`: one for
//! texts with a title, one for texts without.

use crate::score::N;

// The generated weights: WEIGHTS_TITLED and WEIGHTS_UNTITLED.
include!("data/weights.rs");

/// The score of one candidate's features.
pub(crate) fn score(x: &[f64; N], titled: bool) -> f64 {
    let w = if titled {
        &WEIGHTS_TITLED
    } else {
        &WEIGHTS_UNTITLED
    };
    x.iter().zip(w).map(|(a, b)| a * b).sum()
}
