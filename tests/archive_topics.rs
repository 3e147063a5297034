//! The topics a library's archive index keeps against those the in-memory topic index
//! finds, on the seeds: curated topics agree exactly (each is found passage by passage,
//! whatever the other articles say); names and phrases are found in each article alone
//! and so differ a little by design (see `index::article_topics`), which this pins down.

use parallax::archive::Disk;
use parallax::corpus::Corpus;
use parallax::index::{Index, Lexicons, TopicKind};
use std::collections::HashMap;

#[test]
fn archive_topics_agree_with_the_in_memory_ones_where_they_are_meant_to() {
    let corpus = Corpus::seeds();
    let lexicons = Lexicons::embedded();
    let memory = Index::of_corpus(&corpus, &lexicons).topics();
    let mut disk = Disk::in_memory(&lexicons, None);
    disk.replace_with(&corpus.articles).unwrap();
    let archive = disk.topics().unwrap();

    // Curated: same labels in the same (topics.toml) order, same articles and passages.
    let curated_memory: Vec<(String, usize, usize)> = (memory.iter())
        .filter(|t| t.kind == TopicKind::Curated)
        .map(|t| (t.label.clone(), t.articles(), t.passages.len()))
        .collect();
    let curated_archive: Vec<(String, usize, usize)> = (archive.iter())
        .filter(|t| t.kind == TopicKind::Curated)
        .map(|t| (t.label.clone(), t.articles, t.passages))
        .collect();
    assert!(!curated_memory.is_empty());
    assert_eq!(curated_archive, curated_memory);
    let first_discovered = archive.iter().position(|t| t.kind == TopicKind::Discovered);
    assert_eq!(first_discovered, Some(curated_archive.len()), "curated topics come first");

    // Discovered: every one in two or more articles, ordered by articles then passages.
    let discovered: Vec<_> = archive.iter().filter(|t| t.kind == TopicKind::Discovered).collect();
    assert!(discovered.iter().all(|t| t.articles >= 2));
    assert!(
        discovered
            .windows(2)
            .all(|w| (w[0].articles, w[0].passages) >= (w[1].articles, w[1].passages))
    );

    // The names the corpus-wide index finds in three or more articles are found alike,
    // in as many articles (a name is a name in each article that writes it as one).
    let by_label: HashMap<&str, usize> =
        discovered.iter().map(|t| (t.label.as_str(), t.articles)).collect();
    let wide: Vec<_> =
        (memory.iter()).filter(|t| t.kind == TopicKind::Discovered && t.articles() >= 3).collect();
    let same =
        wide.iter().filter(|t| by_label.get(t.label.as_str()) == Some(&t.articles())).count();
    let found = wide.iter().filter(|t| by_label.contains_key(t.label.as_str())).count();
    println!(
        "discovered: {} in memory ({} in 3+ articles), {} from the archive; of the 3+: {found} found, {same} with the same articles",
        memory.len() - curated_memory.len(),
        wide.len(),
        discovered.len()
    );
    assert!(found * 10 >= wide.len() * 9, "{found} of {} found", wide.len());
    assert!(same * 10 >= wide.len() * 8, "{same} of {} alike", wide.len());
    for label in ["Kursk", "Putin", "Trump"] {
        assert!(by_label.contains_key(label), "{label} among the archive's topics");
    }

    // The filter's counts: the articles that speak of Kursk, with their passages on it.
    let kursk = archive.iter().find(|t| t.label == "Kursk").unwrap();
    let articles = disk.topic_articles(&kursk.key).unwrap();
    assert_eq!(articles.len(), kursk.articles);
    assert_eq!(articles.iter().map(|(_, n)| n).sum::<usize>(), kursk.passages);
}

/// Every topic's articles read at once (what `parallax topics` of a large library asks)
/// are those each topic gives asked alone, with the same passage counts, by path,
/// across segments and after an article is removed.
#[test]
fn every_topics_articles_read_at_once_are_those_read_one_by_one() {
    use parallax::archive::ArchiveIndex;
    use parallax::corpus::{CacheMode, Catalog, LoadOptions};
    let (cache, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut seeds: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 4);
    let opts = LoadOptions { cache: CacheMode::Off, ..LoadOptions::default() };
    let catalog = || Catalog::load(&[lib.path().to_path_buf()], &opts, &mut |_| {}).unwrap();
    let lexicons = Lexicons::embedded();
    let mut disk = Disk::open(Some(cache.path()), &lexicons);
    let copy = |from: &std::path::Path| {
        std::fs::copy(from, lib.path().join(from.file_name().unwrap())).unwrap();
    };
    // The later half first, in two commits: two segments whose paths are not in path order.
    let (early, late) = seeds.split_at(seeds.len() / 2);
    late.iter().for_each(|p| copy(p));
    disk.update(&catalog(), &mut |_| {}).unwrap();
    early.iter().for_each(|p| copy(p));
    disk.update(&catalog(), &mut |_| {}).unwrap();
    let one_by_one = |disk: &Disk, keys: &[&str]| -> Vec<Vec<(String, u32)>> {
        (keys.iter())
            .map(|k| {
                let mut v: Vec<(String, u32)> = (disk.topic_articles(k).unwrap().into_iter())
                    .map(|(f, n)| (f.path, n as u32))
                    .collect();
                v.sort();
                v
            })
            .collect()
    };
    let at_once = |disk: &Disk, keys: &[&str]| -> Vec<Vec<(String, u32)>> {
        let m = disk.topics_articles(keys).unwrap();
        (m.of.iter())
            .map(|of| of.iter().map(|&(p, n)| (m.paths[p as usize].clone(), n)).collect())
            .collect()
    };
    let topics = disk.topics().unwrap();
    let mut keys: Vec<&str> = topics.iter().map(|t| t.key.as_str()).collect();
    keys.push("no such topic");
    let all = at_once(&disk, &keys);
    assert_eq!(all, one_by_one(&disk, &keys));
    assert!(all.iter().any(|a| a.len() >= 3), "topics of several articles");
    assert_eq!(all.last(), Some(&Vec::new()));
    // Each topic's passages are the count the topic list gives.
    for (t, of) in topics.iter().zip(&all) {
        assert_eq!(
            (of.len(), of.iter().map(|(_, n)| *n as usize).sum::<usize>()),
            (t.articles, t.passages)
        );
    }

    // A removed article is in no topic's articles.
    let gone = lib.path().join(early[0].file_name().unwrap());
    std::fs::remove_file(&gone).unwrap();
    disk.update(&catalog(), &mut |_| {}).unwrap();
    let after = at_once(&disk, &keys);
    assert_eq!(after, one_by_one(&disk, &keys));
    let gone = gone.to_string_lossy().into_owned();
    assert!(after.iter().flatten().all(|(p, _)| !gone.ends_with(p.rsplit('/').next().unwrap())));
}
