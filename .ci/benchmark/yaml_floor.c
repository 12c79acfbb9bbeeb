/*
 * yaml_floor: how long libyaml itself takes to parse a policy repository's YAML, the
 * floor parity's own loading is compared against (issue 8).
 *
 *   cc -O2 -o yaml_floor yaml_floor.c -lyaml
 *   ./yaml_floor DIR [--mode events|load|both] [--repeat K]
 *
 * Walks DIR (skipping hidden entries, .build and node_modules, as parity does), and for
 * every .md file takes the front matter: the lines between a first line that is `---`
 * and the next line that is `---`. It also takes parity.yaml and inventory.yaml whole.
 * The texts are read into memory first (one pass: the "read" time), then each is parsed
 * to completion with libyaml:
 *
 *   events  yaml_parser_parse until YAML_STREAM_END_EVENT (the scanner and parser only)
 *   load    yaml_parser_load for every document (libyaml builds its node tree, which is
 *           closer to what parity does with Yams.compose)
 *
 * Each pass is timed with CLOCK_MONOTONIC; with --repeat K the fastest of K passes is
 * printed. Output, one line per measurement, for the benchmark script to read:
 *
 *   read   files=F front_matter_bytes=B seconds=S
 *   events files=F front_matter_bytes=B seconds=S events=E
 *   load   files=F front_matter_bytes=B seconds=S nodes=N
 *
 * A parse error is reported on stderr and makes the exit status 1.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <yaml.h>

typedef struct {
    char *path;
    char *text;   /* the YAML to parse */
    size_t len;
} Doc;

static Doc *docs;
static size_t ndocs, capdocs;
static size_t total_bytes;
static int failures;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) buf = realloc(buf, cap *= 2);
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0) break;
        n += got;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void add_doc(const char *path, char *text, size_t len) {
    if (ndocs == capdocs) {
        capdocs = capdocs ? capdocs * 2 : 1024;
        docs = realloc(docs, capdocs * sizeof *docs);
    }
    docs[ndocs].path = strdup(path);
    docs[ndocs].text = text;
    docs[ndocs].len = len;
    ndocs++;
    total_bytes += len;
}

/* Is the line [s, e) a fence: `---` with optional trailing \r, space or tab? */
static int is_fence(const char *s, const char *e) {
    while (e > s && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t')) e--;
    return e - s == 3 && s[0] == '-' && s[1] == '-' && s[2] == '-';
}

/* The front matter of a Markdown file, copied out, or NULL when it has none. */
static char *front_matter(const char *text, size_t len, size_t *out_len) {
    const char *end = text + len;
    const char *eol = memchr(text, '\n', len);
    if (!eol || !is_fence(text, eol)) return NULL;
    const char *start = eol + 1, *line = start;
    while (line < end) {
        const char *next = memchr(line, '\n', end - line);
        const char *line_end = next ? next : end;
        if (is_fence(line, line_end)) {
            size_t n = line - start;
            char *copy = malloc(n + 1);
            memcpy(copy, start, n);
            copy[n] = 0;
            *out_len = n;
            return copy;
        }
        if (!next) break;
        line = next + 1;
    }
    return NULL;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) { fprintf(stderr, "yaml_floor: %s: %s\n", dir, strerror(errno)); exit(2); }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;  /* hidden, . and .. */
        if (!strcmp(e->d_name, ".build") || !strcmp(e->d_name, "node_modules")) continue;
        if (n == cap) names = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);  /* sorted, like parity */
    for (size_t i = 0; i < n; i++) {
        char *path;
        if (asprintf(&path, "%s/%s", dir, names[i]) < 0) exit(2);
        struct stat st;
        if (stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                walk(path);
            } else if (S_ISREG(st.st_mode)) {
                size_t len = strlen(names[i]);
                if (len > 3 && !strcasecmp(names[i] + len - 3, ".md")) {
                    size_t flen, fmlen;
                    char *text = read_file(path, &flen);
                    char *fm = text ? front_matter(text, flen, &fmlen) : NULL;
                    if (fm) add_doc(path, fm, fmlen);
                    free(text);
                }
            }
        }
        free(path);
        free(names[i]);
    }
    free(names);
}

static void add_whole(const char *root, const char *name) {
    char *path;
    if (asprintf(&path, "%s/%s", root, name) < 0) exit(2);
    size_t len;
    char *text = read_file(path, &len);
    if (text) add_doc(path, text, len);
    free(path);
}

static void report_error(const Doc *doc, const yaml_parser_t *p) {
    fprintf(stderr, "yaml_floor: %s:%lu:%lu: %s\n", doc->path,
            (unsigned long)p->problem_mark.line + 1, (unsigned long)p->problem_mark.column + 1,
            p->problem ? p->problem : "error");
    failures++;
}

static long long parse_events(void) {
    long long events = 0;
    for (size_t i = 0; i < ndocs; i++) {
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, (const unsigned char *)docs[i].text, docs[i].len);
        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) { report_error(&docs[i], &parser); break; }
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
            if (done) break;
        }
        yaml_parser_delete(&parser);
    }
    return events;
}

static long long load_documents(void) {
    long long nodes = 0;
    for (size_t i = 0; i < ndocs; i++) {
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, (const unsigned char *)docs[i].text, docs[i].len);
        for (;;) {
            yaml_document_t document;
            if (!yaml_parser_load(&parser, &document)) { report_error(&docs[i], &parser); break; }
            yaml_node_t *root = yaml_document_get_root_node(&document);
            int empty = root == NULL;  /* an empty document marks the end of the stream */
            if (!empty) nodes += document.nodes.top - document.nodes.start;
            yaml_document_delete(&document);
            if (empty) break;
        }
        yaml_parser_delete(&parser);
    }
    return nodes;
}

int main(int argc, char **argv) {
    const char *root = NULL, *mode = "both";
    int repeat = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--mode") && i + 1 < argc) mode = argv[++i];
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !root) root = argv[i];
        else { fprintf(stderr, "usage: yaml_floor DIR [--mode events|load|both] [--repeat K]\n"); return 2; }
    }
    if (!root || repeat < 1 || (strcmp(mode, "events") && strcmp(mode, "load") && strcmp(mode, "both"))) {
        fprintf(stderr, "usage: yaml_floor DIR [--mode events|load|both] [--repeat K]\n");
        return 2;
    }

    double t0 = now();
    add_whole(root, "parity.yaml");
    add_whole(root, "inventory.yaml");
    walk(root);
    double read_s = now() - t0;
    printf("read   files=%zu front_matter_bytes=%zu seconds=%.6f\n", ndocs, total_bytes, read_s);

    if (strcmp(mode, "load")) {
        double best = 1e30;
        long long events = 0;
        for (int r = 0; r < repeat; r++) {
            double t = now();
            events = parse_events();
            t = now() - t;
            if (t < best) best = t;
        }
        printf("events files=%zu front_matter_bytes=%zu seconds=%.6f events=%lld\n", ndocs, total_bytes, best, events);
    }
    if (strcmp(mode, "events")) {
        double best = 1e30;
        long long nodes = 0;
        for (int r = 0; r < repeat; r++) {
            double t = now();
            nodes = load_documents();
            t = now() - t;
            if (t < best) best = t;
        }
        printf("load   files=%zu front_matter_bytes=%zu seconds=%.6f nodes=%lld\n", ndocs, total_bytes, best, nodes);
    }
    fflush(stdout);
    return failures ? 1 : 0;
}
