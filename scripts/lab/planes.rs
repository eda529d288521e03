//! The rows of a table stored by byte planes, as the `gen_*` generators write them: each plane
//! one array literal, 24 values a line.
use std::fmt::{Display, Write};

pub fn rows<T: Display>(planes: &[Vec<T>]) -> String {
    let mut rows = String::new();
    for plane in planes {
        rows.push_str("    [");
        for (i, x) in plane.iter().enumerate() {
            if i % 24 == 0 {
                rows.push_str("\n        ");
            }
            write!(rows, "{x},").unwrap();
        }
        rows.push_str("\n    ],\n");
    }
    rows
}
