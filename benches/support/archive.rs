//! A deterministic archive generator for the large-archive figures and
//! their tests: articles of 2–10 KB written from a vocabulary and sentence templates
//! with a seeded PRNG, in mixed formats (plain text, Markdown, HTML, JSON Lines), with
//! 1% broken inputs (binary, empty and blank files, markup without text, bad JSON Lines
//! records) whose paths are returned, so a test can check exactly those are reported.
//! Nothing generated is ever committed: it is written to a folder the caller names.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

/// xorshift64*: reproducible everywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const PLACES: &[&str] = &[
    "Geneva",
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Moscow",
    "Kursk",
    "Warsaw",
    "Berlin",
    "Paris",
    "London",
    "Brussels",
    "Ankara",
    "Istanbul",
    "Tehran",
    "Beirut",
    "Cairo",
    "Gaza",
    "Jerusalem",
    "Riyadh",
    "Doha",
    "Nairobi",
    "Lagos",
    "Khartoum",
    "Addis Ababa",
    "Delhi",
    "Dhaka",
    "Beijing",
    "Taipei",
    "Seoul",
    "Tokyo",
    "Manila",
    "Jakarta",
    "Canberra",
    "Ottawa",
    "Washington",
    "Caracas",
    "Brasilia",
    "Lima",
    "Bogota",
    "Mexico City",
    "Havana",
    "Vienna",
    "Rome",
    "Madrid",
    "Lisbon",
    "Athens",
    "Belgrade",
    "Tbilisi",
    "Yerevan",
    "Baku",
    "Minsk",
    "Vilnius",
    "Riga",
    "Tallinn",
    "Helsinki",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Dublin",
    "Reykjavik",
];
const FIRST: &[&str] = &[
    "Anna", "Omar", "Li", "Maria", "Yusuf", "Elena", "David", "Aisha", "Pavel", "Sofia", "Kenji",
    "Amara", "Luca", "Nadia", "Tomas", "Fatima", "Ivan", "Grace", "Mateo", "Hana", "Olga", "Samir",
    "Ines", "Viktor", "Leila", "Jonas", "Mei", "Rafael", "Zara", "Dmitri",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "ven", "mar", "ti", "ros", "ber", "an", "ski", "ol", "dra", "mon", "ne", "vic",
    "har", "sel", "tor", "um", "bay", "rin", "go", "les", "wen", "da", "kov", "ell", "sa", "po",
];
const ORGS: &[&str] = &[
    "the United Nations",
    "NATO",
    "the European Union",
    "the World Bank",
    "the IMF",
    "the Red Cross",
    "the African Union",
    "the defence ministry",
    "the foreign ministry",
    "the central bank",
    "parliament",
    "the supreme court",
    "the electoral commission",
    "the energy regulator",
    "the health ministry",
    "the port authority",
    "the opposition",
];
const VERBS: &[&str] = &[
    "announced",
    "rejected",
    "welcomed",
    "criticised",
    "proposed",
    "delayed",
    "approved",
    "questioned",
    "suspended",
    "extended",
    "negotiated",
    "signed",
    "denied",
    "confirmed",
];
const THINGS: &[&str] = &[
    "a ceasefire",
    "new sanctions",
    "the grain deal",
    "an aid convoy",
    "the peace talks",
    "a prisoner exchange",
    "the budget",
    "fuel subsidies",
    "the election result",
    "a trade agreement",
    "the drone strikes",
    "border controls",
    "the gas pipeline",
    "interest rates",
    "the evacuation plan",
    "emergency powers",
    "the reconstruction fund",
];
const WHEN: &[&str] = &[
    "on Monday",
    "on Tuesday",
    "late on Wednesday",
    "on Thursday",
    "on Friday",
    "at the weekend",
    "this week",
    "overnight",
];
const CLAUSES: &[&str] = &[
    "officials said",
    "according to local reports",
    "diplomats said on condition of anonymity",
    "in a statement",
    "analysts warned",
    "witnesses told reporters",
    "the ministry said",
];
const OUTLETS: &[&str] = &[
    "The Daily Ledger",
    "Wire Service",
    "Northern Post",
    "The Observer Review",
    "Radio Free Dispatch",
    "Global Courier",
];
const HEADLINE_VERBS: &[&str] =
    &["backs", "rejects", "weighs", "delays", "pushes", "warns over", "signs", "questions"];

/// One generated article.
pub struct Story {
    pub title: String,
    pub byline: String,
    pub outlet: &'static str,
    pub date: String,
    pub paragraphs: Vec<String>,
}

fn surname(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut s: String = (0..n).map(|_| rng.pick(SYLLABLES)).collect();
    s[..1].make_ascii_uppercase();
    s
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), surname(rng))
}

pub fn story(rng: &mut Rng, bytes: usize) -> Story {
    let place = rng.pick(PLACES);
    let other = rng.pick(PLACES);
    let who = person(rng);
    let org = rng.pick(ORGS);
    let thing = rng.pick(THINGS);
    let mut title = format!(
        "{} {} {} in {}",
        who.split(' ').nth(1).unwrap_or("Minister"),
        rng.pick(HEADLINE_VERBS),
        thing.trim_start_matches("a ").trim_start_matches("an ").trim_start_matches("the "),
        place
    );
    title[..1].make_ascii_uppercase();
    let mut paragraphs = Vec::new();
    let mut size = title.len();
    while size < bytes {
        let mut p = String::new();
        for _ in 0..3 + rng.below(4) {
            let s = match rng.below(6) {
                0 => format!(
                    "{who} {} {} in {place} {}, {}.",
                    rng.pick(VERBS),
                    rng.pick(THINGS),
                    rng.pick(WHEN),
                    rng.pick(CLAUSES)
                ),
                1 => format!(
                    "{} {} {} after talks with {other}, {}.",
                    capital(org),
                    rng.pick(VERBS),
                    rng.pick(THINGS),
                    rng.pick(CLAUSES)
                ),
                2 => format!(
                    "In {other}, {} said {thing} would be discussed again {}, while {} {} {}.",
                    person(rng),
                    rng.pick(WHEN),
                    org,
                    rng.pick(VERBS),
                    rng.pick(THINGS)
                ),
                3 => format!(
                    "The figures showed {} per cent of residents in {place} supported {thing}, up from {} per cent a year earlier.",
                    20 + rng.below(60),
                    10 + rng.below(50)
                ),
                4 => format!(
                    "\"We have {} {},\" {} told reporters in {place}.",
                    rng.pick(VERBS),
                    rng.pick(THINGS),
                    person(rng)
                ),
                _ => format!(
                    "Critics of {thing} in {other} said {} had {} it {}, {}.",
                    org,
                    rng.pick(VERBS),
                    rng.pick(WHEN),
                    rng.pick(CLAUSES)
                ),
            };
            p.push_str(&s);
            p.push(' ');
        }
        let p = p.trim_end().to_owned();
        size += p.len() + 2;
        paragraphs.push(p);
    }
    Story {
        title,
        byline: person(rng),
        outlet: rng.pick(OUTLETS),
        date: format!(
            "20{:02}-{:02}-{:02}",
            15 + rng.below(11),
            1 + rng.below(12),
            1 + rng.below(28)
        ),
        paragraphs,
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn txt(s: &Story) -> String {
    format!("{}\n\nBy {}\n\n{}\n", s.title, s.byline, s.paragraphs.join("\n\n"))
}

fn md(s: &Story) -> String {
    let mut out = format!(
        "---\nauthor: {}\ndate: {}\nsource: {}\n---\n\n# {}\n\n",
        s.byline, s.date, s.outlet, s.title
    );
    for (i, p) in s.paragraphs.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            let _ = write!(out, "## Part {}\n\n", i / 4 + 1);
        }
        // Hard-wrapped at about 72 columns, some words emphasised.
        let mut col = 0;
        for (j, w) in p.split(' ').enumerate() {
            let w = if j % 17 == 5 { format!("*{w}*") } else { w.to_owned() };
            if col + w.len() > 72 {
                out.push('\n');
                col = 0;
            } else if col > 0 {
                out.push(' ');
                col += 1;
            }
            out.push_str(&w);
            col += w.len();
        }
        out.push_str("\n\n");
    }
    out
}

fn html(s: &Story) -> String {
    let mut out = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{} | {}</title>\
         <meta name=\"author\" content=\"{}\"><meta property=\"og:site_name\" content=\"{}\">\
         <meta property=\"article:published_time\" content=\"{}T08:00:00Z\">\
         <script>window.analytics = {{ track: function() {{}} }};</script><style>body{{margin:0}}</style></head>\
         <body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\
         <article><header><h1>{}</h1><p class=\"byline\">By {}</p></header>",
        s.title, s.outlet, s.byline, s.outlet, s.date, s.title, s.byline
    );
    for p in &s.paragraphs {
        let _ = writeln!(out, "<p>{}</p>", p.replace('"', "&quot;"));
    }
    let _ = write!(
        out,
        "</article><aside><h2>Most read</h2><ul><li>Other story</li></ul></aside><footer>&copy; {}</footer></body></html>",
        s.outlet
    );
    out
}

fn jsonl(s: &Story) -> String {
    serde_json::json!({
        "title": s.title, "text": s.paragraphs.join("\n\n"), "source": s.outlet,
        "author": s.byline, "date": s.date,
    })
    .to_string()
}

/// What was written.
#[derive(Debug, Default)]
pub struct Generated {
    /// Files written that parallax reads (its extensions).
    pub files: usize,
    /// Articles that should load.
    pub articles: usize,
    /// Display paths (relative to the archive folder) that should be reported skipped:
    /// files, or `file.jsonl:LINE` records. Sorted.
    pub broken: Vec<String>,
    /// Files with another extension, which should be counted as ignored.
    pub ignored: usize,
    pub bytes: u64,
}

/// Records per JSON Lines file.
const PER_JSONL: usize = 50;
/// Files per folder.
const PER_DIR: usize = 1000;

/// Writes `n` articles (1% of them broken instead) under `dir`, deterministically.
pub fn generate(dir: &Path, n: usize, seed: u64) -> io::Result<Generated> {
    let mut rng = Rng(seed.max(1));
    let mut g = Generated::default();
    let mut records: Vec<String> = Vec::new();
    let mut jsonl_no = 0;
    let mut file_no = 0usize;
    let folder = |no: usize| dir.join(format!("{:03}", no / PER_DIR));
    let flush_jsonl =
        |records: &mut Vec<String>, jsonl_no: &mut usize, g: &mut Generated| -> io::Result<()> {
            if records.is_empty() {
                return Ok(());
            }
            let d = dir.join("jsonl");
            fs::create_dir_all(&d)?;
            let body = records.join("\n") + "\n";
            g.bytes += body.len() as u64;
            fs::write(d.join(format!("{:04}.jsonl", *jsonl_no)), body)?;
            g.files += 1;
            *jsonl_no += 1;
            records.clear();
            Ok(())
        };
    for i in 0..n {
        let broken = rng.below(100) == 0;
        let bytes = 2048 + rng.below(8 * 1024);
        let s = story(&mut rng, bytes);
        let kind = rng.below(20);
        if kind < 2 {
            // JSON Lines record.
            let line = records.len() + 1;
            if broken {
                records.push(format!("{{\"title\": \"{}\", \"text\": ", s.title));
                g.broken.push(format!("jsonl/{:04}.jsonl:{line}", jsonl_no));
            } else {
                records.push(jsonl(&s));
                g.articles += 1;
            }
            if records.len() == PER_JSONL {
                flush_jsonl(&mut records, &mut jsonl_no, &mut g)?;
            }
            continue;
        }
        let ext = match kind {
            2..=4 => "md",
            5..=7 => "html",
            _ => "txt",
        };
        let d = folder(file_no);
        fs::create_dir_all(&d)?;
        let name = format!("{:03}/{:06}.{ext}", file_no / PER_DIR, i);
        file_no += 1;
        let body: Vec<u8> = if broken {
            g.broken.push(name.clone());
            match i % 4 {
                0 => b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec(),
                1 => Vec::new(),
                2 => b"  \n\n\t \n".to_vec(),
                _ if ext == "html" => {
                    b"<html><head><script>x()</script></head><body></body></html>".to_vec()
                }
                _ => b"\0\0\0\0binary".to_vec(),
            }
        } else {
            g.articles += 1;
            match ext {
                "md" => md(&s).into_bytes(),
                "html" => html(&s).into_bytes(),
                _ => txt(&s).into_bytes(),
            }
        };
        g.bytes += body.len() as u64;
        fs::write(dir.join(&name), body)?;
        g.files += 1;
        if i % 200 == 199 {
            fs::write(d.join(format!("{i:06}.pdf")), b"%PDF-1.4 not an article")?;
            g.ignored += 1;
        }
    }
    flush_jsonl(&mut records, &mut jsonl_no, &mut g)?;
    g.broken.sort();
    Ok(g)
}
