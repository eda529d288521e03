// Weights of the linear scoring model, one per feature of FEATURE_NAMES.
// Placeholder hand weights until scripts/fit_weights.py writes fitted ones.
const WEIGHTS: [f64; N] = [
    0.0, 1.0, 0.3, 0.1, 0.5, -0.2, 0.1, 0.1, -0.3, -0.2, 0.5, 0.5, 0.5, -0.5, -0.2, -0.3, -0.2, 0.0, 0.0, -0.3,
];
