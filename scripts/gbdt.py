"""The scoring model of tomtat: small gradient-boosted regression trees (LightGBM), one model
for texts with and without a title (an input says which), and its export as the tables of
src/data/model.rs that src/score/model.rs walks. Used by scripts/fit_model.py and scripts/cv.py.

The prediction here (`Tables.predict`, and `Tables.score` for one row) walks the exported tables
exactly as src/score/model.rs does (f32 thresholds, i16 leaves), so cross-validation measures the
model that ships; `Tables.from_rust` reads the shipped tables back (scripts/test-scores.sh checks
that Python and the engine agree). Fitting and `predict` need numpy (and lightgbm); reading the
shipped tables and `score` need neither.
"""
import re
import struct

PARAMS = dict(
    objective="regression",
    num_leaves=15,
    learning_rate=0.15,
    min_data_in_leaf=200,
    verbose=-1,
    num_threads=2,
    seed=1,
    deterministic=True,
    force_row_wise=True,
)
ROUNDS = 60
LEAF = 128


def inputs(docs):
    """The model's input rows: the features, then 1 for a text with a title, 0 without."""
    import numpy as np

    return np.vstack([np.hstack([d.x, np.full((len(d.x), 1), float(d.titled))]) for d in docs])


def fit(docs):
    import lightgbm
    import numpy as np

    X = inputs(docs)
    y = np.concatenate([d.y for d in docs])
    booster = lightgbm.train(dict(PARAMS), lightgbm.Dataset(X, y), ROUNDS)
    return Tables.from_lightgbm(booster.dump_model())


def f32(x):
    """`x` rounded to the nearest f32, as a Python float (the engine's thresholds are f32)."""
    return struct.unpack("<f", struct.pack("<f", float(x)))[0]


class Tables:
    """A fitted model as the flat tables of src/data/model.rs: `trees` is a list of (nodes,
    leaves), a node (input, threshold, left, right) where a child at or above LEAF is leaf
    child - LEAF; leaves are integers, a score is their sum / `scale`."""

    def __init__(self, trees, scale):
        self.trees = trees
        self.scale = scale
        self.thresholds = sorted({n[1] for nodes, _ in trees for n in nodes})
        self.features = max(n[0] for nodes, _ in trees for n in nodes) + 1

    @classmethod
    def from_lightgbm(cls, dump):
        import numpy as np

        trees = []
        for t in dump["tree_info"]:
            s = t["tree_structure"]
            if "leaf_value" in s:  # a tree without a split adds a constant: no effect on ranking
                continue
            nodes, leaves = [], {}

            def walk(n):
                if "leaf_value" in n:
                    leaves[n["leaf_index"]] = n["leaf_value"]
                    return LEAF + n["leaf_index"]
                assert n["decision_type"] == "<=", n["decision_type"]
                k = len(nodes)
                nodes.append(None)
                left = walk(n["left_child"])
                right = walk(n["right_child"])
                nodes[k] = (n["split_feature"], float(np.float32(n["threshold"])), left, right)
                return k

            walk(s)
            assert len(nodes) < LEAF and len(leaves) <= LEAF
            trees.append((nodes, [leaves[i] for i in range(len(leaves))]))
        top = max(abs(v) for _, leaves in trees for v in leaves)
        scale = float(2 ** int(np.floor(np.log2(32767 / top))))
        tables = cls([(nodes, [int(round(v * scale)) for v in leaves]) for nodes, leaves in trees], scale)
        assert len(tables.thresholds) <= 1024, len(tables.thresholds)
        assert tables.features <= 64
        return tables

    @classmethod
    def from_rust(cls, source):
        """The tables of a src/data/model.rs (its text), as the engine reads them."""

        def table(name):
            body = re.search(r"static %s: \[[^\]]+\] = \[(.*?)\];" % name, source, re.S).group(1)
            return body

        starts = [tuple(int(v) for v in t) for t in re.findall(r"\((\d+), (\d+)\)", table("TREES"))]
        nodes = [int(v, 16) for v in re.findall(r"0x([0-9a-f]+)", table("NODES"))]
        leaves = [int(v) for v in re.findall(r"-?\d+", table("LEAVES"))]
        thresholds = [f32(v) for v in re.findall(r"[-+0-9.eE]+|inf", table("THRESHOLDS"))]
        scale = float(re.search(r"const LEAF_SCALE: f64 = ([0-9.]+);", source).group(1))
        trees = []
        for t, (node0, leaf0) in enumerate(starts):
            node_end, leaf_end = starts[t + 1] if t + 1 < len(starts) else (len(nodes), len(leaves))
            tree = [(n >> 26, thresholds[(n >> 16) & 0x3FF], (n >> 8) & 0xFF, n & 0xFF) for n in nodes[node0:node_end]]
            trees.append((tree, leaves[leaf0:leaf_end]))
        return cls(trees, scale)

    def score(self, x):
        """The score of one input row (a sequence of floats), as src/score/model.rs computes it."""
        total = 0
        for nodes, leaves in self.trees:
            n = 0
            while True:
                f, thr, left, right = nodes[n]
                child = left if x[f] <= thr else right
                if child >= LEAF:
                    total += leaves[child - LEAF]
                    break
                n = child
        return total / self.scale

    def predict(self, X):
        """Scores of the rows of X, as src/score/model.rs computes them."""
        import numpy as np

        X = np.asarray(X, dtype=np.float64)
        total = np.zeros(len(X), dtype=np.int64)
        for nodes, leaves in self.trees:
            at = np.zeros(len(X), dtype=np.int64)
            done = np.full(len(X), -1, dtype=np.int64)
            active = np.ones(len(X), dtype=bool)
            while active.any():
                idx = np.nonzero(active)[0]
                for k in np.unique(at[idx]):
                    rows = idx[at[idx] == k]
                    f, thr, left, right = nodes[k]
                    child = np.where(X[rows, f] <= thr, left, right)
                    leaf = child >= LEAF
                    done[rows[leaf]] = child[leaf] - LEAF
                    at[rows[~leaf]] = child[~leaf]
                    active[rows[leaf]] = False
            total += np.array(leaves, dtype=np.int64)[done]
        return total / self.scale

    def rust(self, feature_names, provenance, checks):
        """The tables as Rust source (src/data/model.rs), with input rows and their scores as
        computed here, for src/score/model.rs's test."""
        import numpy as np

        out = [
            "// GENERATED by scripts/fit_model.py: do not edit.",
            *("// " + line for line in provenance),
            "",
            "/// The inputs the model was fitted on: the features, then whether the text has a title.",
            "#[cfg(test)]",
            "const MODEL_FEATURES: [&str; %d] = [%s];" % (len(feature_names), ", ".join('"%s"' % n for n in feature_names)),
            "",
            "/// Each tree's first node in NODES and first leaf in LEAVES.",
            "static TREES: [(u16, u16); %d] = [" % len(self.trees),
        ]
        nodes_all, leaves_all = [], []
        for nodes, leaves in self.trees:
            out.append("    (%d, %d)," % (len(nodes_all), len(leaves_all)))
            for f, thr, left, right in nodes:
                nodes_all.append(f << 26 | self.thresholds.index(thr) << 16 | left << 8 | right)
            leaves_all.extend(leaves)
        out.append("];")
        assert len(nodes_all) < 65536 and len(leaves_all) < 65536

        def table(name, ty, values, fmt, per_line):
            out.append("static %s: [%s; %d] = [" % (name, ty, len(values)))
            for i in range(0, len(values), per_line):
                out.append("    " + " ".join(fmt(v) + "," for v in values[i:i + per_line]))
            out.append("];")

        out.append("")
        table("NODES", "u32", nodes_all, lambda v: "0x%08x" % v, 8)
        out.append("")
        table("LEAVES", "i16", leaves_all, str, 16)
        out.append("")
        table("THRESHOLDS", "f32", self.thresholds, lambda v: str(np.float32(v)), 6)
        out.append("")
        out.append("/// Leaves are stored as integers: value x LEAF_SCALE.")
        out.append("const LEAF_SCALE: f64 = %.1f;" % self.scale)
        out.append("")
        out.append("/// Inputs and their scores as scripts/gbdt.py computes them.")
        out.append("#[cfg(test)]")
        out.append("#[allow(clippy::approx_constant)]")
        out.append("static CHECKS: [([f64; %d], f64); %d] = [" % (len(feature_names), len(checks)))
        for x in checks:
            score = self.predict(np.array([x]))[0]
            out.append("    ([%s], %r)," % (", ".join(repr(float(v)) for v in x), float(score)))
        out.append("];")
        return "\n".join(out) + "\n"
