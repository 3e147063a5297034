//! Embeds every file of `seeds/` in the binary, so an installed parallax opens the
//! default corpus from any directory. The list is read from the folder, never written
//! out by hand.

use std::{env, fs, path::Path};

fn main() {
    // Read when the script runs, not when it was compiled: two checkouts sharing one
    // target directory share this script's binary.
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("seeds");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// Embedded seed articles: (display path, bytes).\npub const SEEDS: &[(&str, &[u8])] = &[\n",
    );
    for name in names {
        let full = dir.join(&name);
        out.push_str(&format!(
            "    ({:?}, include_bytes!({:?})),\n",
            format!("seeds/{name}"),
            full.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seeds.rs");
    fs::write(dest, out).expect("write generated seed list");
}
