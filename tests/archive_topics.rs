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
