//! Sorting, in one place. Every `sort_by` with a closure of its own is one more copy of the
//! standard sort in the `.wasm` (seven sorts cost about 10 KB gzipped); here every sort of the
//! library is a sort of `(u64, u64)` keys, one copy.

/// Sorts pairs ascending, by `.0` then `.1`.
pub(crate) fn sort_pairs(keys: &mut [(u64, u64)]) {
    keys.sort_unstable();
}

/// A key that orders `f64`s as [`f64::total_cmp`] does.
pub(crate) fn f64_key(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | 1 << 63
    }
}

/// A key that orders `f32`s as [`f32::total_cmp`] does.
pub(crate) fn f32_key(x: f32) -> u32 {
    let b = x.to_bits();
    if b >> 31 == 1 {
        !b
    } else {
        b | 1 << 31
    }
}

/// The indexes `0..n` ordered by `key(i)`, ties by index.
pub(crate) fn order_by(n: usize, key: impl Fn(usize) -> u64) -> Vec<usize> {
    let mut keys: Vec<(u64, u64)> = (0..n).map(|i| (key(i), i as u64)).collect();
    sort_pairs(&mut keys);
    keys.into_iter().map(|(_, i)| i as usize).collect()
}

/// `v` sorted ascending without repeats.
pub(crate) fn sorted_unique(v: impl Iterator<Item = u64>) -> Vec<u64> {
    let mut keys: Vec<(u64, u64)> = v.map(|x| (x, 0)).collect();
    sort_pairs(&mut keys);
    keys.dedup();
    keys.into_iter().map(|k| k.0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_keys_order_like_total_cmp() {
        let xs = [
            -f64::INFINITY,
            -2.5,
            -0.0,
            0.0,
            1e-300,
            0.5,
            3.0,
            f64::INFINITY,
        ];
        for w in xs.windows(2) {
            assert!(f64_key(w[0]) < f64_key(w[1]), "{} {}", w[0], w[1]);
            assert!(f32_key(w[0] as f32) <= f32_key(w[1] as f32));
        }
        assert_eq!(order_by(4, |i| [3, 1, 3, 0][i]), [3, 1, 0, 2]);
        assert_eq!(sorted_unique([5, 1, 5, 2].into_iter()), [1, 2, 5]);
    }
}
