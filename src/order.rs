//! Sorting, in one place. Every `sort_by` with a closure of its own is one more copy of the
//! standard sort in the `.wasm` (seven sorts cost about 10 KB gzipped); here every sort of the
//! library is a sort of `(u64, u64)` keys, one copy.

/// Sorts pairs ascending, by `.0` then `.1`: a quicksort (median of three, Hoare's partition,
/// the shorter side first), an insertion sort for short runs and a heap sort past a depth of
/// twice log2 n, so never worse than n log n. Not std's `sort_unstable`: its pattern-defeating
/// quicksort with sorting networks costs 2.3 KB gzipped in the `.wasm` (docs/size.md, eighth
/// round) for a sort that is about 2 % of a summary's instructions. The library's keys are
/// distinct, or equal only where their order cannot matter (`sorted_unique`), so any correct
/// sort gives the same results.
pub(crate) fn sort_pairs(keys: &mut [(u64, u64)]) {
    let depth = 2 * (usize::BITS - keys.len().leading_zeros());
    quicksort(keys, depth);
}

fn quicksort(mut v: &mut [(u64, u64)], mut depth: u32) {
    while v.len() > 16 {
        if depth == 0 {
            heapsort(v);
            return;
        }
        depth -= 1;
        let p = partition(v);
        let (left, right) = v.split_at_mut(p);
        let right = &mut right[1..];
        if left.len() < right.len() {
            quicksort(left, depth);
            v = right;
        } else {
            quicksort(right, depth);
            v = left;
        }
    }
    for k in 1..v.len() {
        let x = v[k];
        let mut j = k;
        while j > 0 && x < v[j - 1] {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// Puts the median of the first, middle and last keys at its place `p` with no greater key
/// before it and no smaller one after it; returns `p`. `v` has at least 3 keys.
fn partition(v: &mut [(u64, u64)]) -> usize {
    let (n, m) = (v.len(), v.len() / 2);
    if v[m] < v[0] {
        v.swap(m, 0);
    }
    if v[n - 1] < v[0] {
        v.swap(n - 1, 0);
    }
    if v[n - 1] < v[m] {
        v.swap(n - 1, m);
    }
    // v[0] <= v[m] <= v[n - 1]: the pivot goes first; the last key stops the scan up, the
    // pivot the scan down.
    v.swap(0, m);
    let pivot = v[0];
    let (mut i, mut j) = (0, n);
    loop {
        i += 1;
        while v[i] < pivot {
            i += 1;
        }
        j -= 1;
        while pivot < v[j] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        v.swap(i, j);
    }
    v.swap(0, j);
    j
}

fn heapsort(v: &mut [(u64, u64)]) {
    let sift = |v: &mut [(u64, u64)], mut root: usize| loop {
        let mut child = 2 * root + 1;
        if child >= v.len() {
            break;
        }
        if child + 1 < v.len() && v[child] < v[child + 1] {
            child += 1;
        }
        if v[root] >= v[child] {
            break;
        }
        v.swap(root, child);
        root = child;
    };
    for root in (0..v.len() / 2).rev() {
        sift(v, root);
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift(&mut v[..end], 0);
    }
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

/// The indexes `0..n` in the order of [`order_by`], for a caller that usually stops after the
/// first few: the `first` smallest keys are found and sorted before anything is given, the
/// rest only if the caller reads past them (a summary's keywords read a few dozen of a text's
/// thousand words).
pub(crate) fn order_lazily(
    n: usize,
    first: usize,
    key: impl Fn(usize) -> u64,
) -> impl Iterator<Item = usize> {
    let mut keys: Vec<(u64, u64)> = (0..n).map(|i| (key(i), i as u64)).collect();
    // The `first` smallest keys to the front: a buffer of candidates cut back to the best
    // `first` whenever it holds twice as many; after a cut, a key above the worst kept is out.
    let mut front = 0;
    if first > 0 && keys.len() > 2 * first {
        let mut best: Vec<(u64, u64)> = Vec::with_capacity(2 * first);
        let mut bar = (u64::MAX, u64::MAX);
        for &k in &keys {
            if k < bar {
                best.push(k);
                if best.len() == 2 * first {
                    sort_pairs(&mut best);
                    best.truncate(first);
                    bar = best[first - 1];
                }
            }
        }
        sort_pairs(&mut best);
        best.truncate(first);
        let bar = best[best.len() - 1];
        // Keys are distinct (the index is in them): the front is exactly those up to `bar`.
        let mut rest: Vec<(u64, u64)> = keys.iter().copied().filter(|&k| k > bar).collect();
        front = best.len();
        best.append(&mut rest);
        keys = best;
    }
    let mut sorted = front;
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos == sorted && sorted < keys.len() {
            sort_pairs(&mut keys[sorted..]);
            sorted = keys.len();
        }
        let k = keys.get(pos)?;
        pos += 1;
        Some(k.1 as usize)
    })
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

    #[test]
    fn sorts_like_std() {
        // Random keys with and without repeats, and the shapes that hurt a quicksort: sorted,
        // reversed, all equal, organ pipe, sawtooth; lengths around the insertion sort's.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for n in (0..70).chain([100, 257, 1000, 4099]) {
            let random: Vec<(u64, u64)> = (0..n).map(|_| (next() % 8, next())).collect();
            let few: Vec<(u64, u64)> = (0..n).map(|_| (next() % 3, 0)).collect();
            let shapes: [Vec<(u64, u64)>; 6] = [
                random,
                few,
                (0..n).map(|i| (i, 0)).collect(),
                (0..n).map(|i| (n - i, 0)).collect(),
                (0..n).map(|i| (i.min(n - i), i)).collect(),
                (0..n).map(|i| (i % 5, n - i)).collect(),
            ];
            for mut keys in shapes {
                let mut want = keys.clone();
                want.sort_unstable();
                sort_pairs(&mut keys);
                assert_eq!(keys, want, "n {n}");
            }
        }
        // The heap sort alone (the fallback past the depth limit).
        let mut keys: Vec<(u64, u64)> = (0..500).map(|_| (next() % 50, next() % 4)).collect();
        let mut want = keys.clone();
        want.sort_unstable();
        heapsort(&mut keys);
        assert_eq!(keys, want);
    }

    #[test]
    fn lazy_order_is_the_full_order() {
        // Keys with ties (broken by index), for every length around the front's size.
        let key = |i: usize| (i as u64 * 7919 + 13) % 37;
        for n in 0..120 {
            let want = order_by(n, key);
            for first in [0, 1, 5, 16, 200] {
                let got: Vec<usize> = order_lazily(n, first, key).collect();
                assert_eq!(got, want, "n {n} first {first}");
                // Read only partly, then the rest: the same order.
                let mut it = order_lazily(n, first, key);
                let head: Vec<usize> = it.by_ref().take(first.min(n) + 1).collect();
                let tail: Vec<usize> = it.collect();
                assert_eq!([head, tail].concat(), want, "n {n} first {first}");
            }
        }
    }
}
