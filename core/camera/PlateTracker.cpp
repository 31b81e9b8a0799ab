#include "core/camera/PlateTracker.h"

namespace pl::core {

namespace {

constexpr int kMinLength = 4;

// Characters OCR takes for one another on plates.
QChar fold(QChar c) {
    switch (c.unicode()) {
    case 'O':
    case 'D':
    case 'Q':
        return QLatin1Char('0');
    case 'I':
    case 'L':
        return QLatin1Char('1');
    case 'Z':
        return QLatin1Char('2');
    case 'S':
        return QLatin1Char('5');
    case 'G':
        return QLatin1Char('6');
    case 'B':
        return QLatin1Char('8');
    default:
        return c;
    }
}

// At most one character different (after folding look-alikes), or one
// character missing from the shorter text.
bool withinOne(const QString& a, const QString& b) {
    if (a.size() == b.size()) {
        int differences = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (fold(a[i]) != fold(b[i]) && ++differences > 1)
                return false;
        return true;
    }
    const QString& longer = a.size() > b.size() ? a : b;
    const QString& shorter = a.size() > b.size() ? b : a;
    if (longer.size() - shorter.size() != 1)
        return false;
    qsizetype i = 0;
    while (i < shorter.size() && fold(shorter[i]) == fold(longer[i]))
        ++i;
    for (qsizetype j = i; j < shorter.size(); ++j)
        if (fold(shorter[j]) != fold(longer[j + 1]))
            return false;
    return true;
}

} // namespace

PlateTracker::PlateTracker(int windowMs, double minConfidence)
    : m_windowMs(windowMs)
    , m_minConfidence(minConfidence) {}

bool PlateTracker::samePlate(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a == b || withinOne(a, b);
}

bool PlateTracker::matches(const Track& track, const PlateResult& plate) const {
    const QString text = plate.best()->text;
    if (samePlate(track.read.text(), text))
        return true;
    for (const PlateCandidate& candidate : plate.candidates)
        if (track.texts.contains(candidate.text))
            return true;
    return false;
}

QList<TrackedRead> PlateTracker::offer(qint64 timeMs, const QList<PlateResult>& plates,
                                       const cv::Mat& frame) {
    QList<TrackedRead> done = expire(timeMs);
    for (const PlateResult& plate : plates) {
        const PlateCandidate* best = plate.best();
        if (!best || best->text.size() < kMinLength || best->confidence < m_minConfidence)
            continue;
        Track* track = nullptr;
        for (Track& open : m_open)
            if (matches(open, plate)) {
                track = &open;
                break;
            }
        if (!track) {
            m_open.append(Track{});
            track = &m_open.last();
            track->read.firstMs = timeMs;
        }
        TrackedRead& read = track->read;
        ++read.frames;
        read.lastMs = timeMs;
        for (const PlateCandidate& candidate : plate.candidates)
            if (!track->texts.contains(candidate.text))
                track->texts.append(candidate.text);
        track->votes[best->text] += best->confidence;
        auto surest = track->readings.find(best->text);
        if (surest == track->readings.end())
            track->readings.insert(best->text, *best);
        else if (best->confidence > surest->confidence)
            *surest = *best;
        if (read.frames == 1 || best->confidence > read.confidence()) {
            read.plate = plate;
            read.frame = frame;
            read.timeMs = timeMs;
        }
    }
    return done;
}

TrackedRead PlateTracker::finish(Track& track) {
    TrackedRead read = std::move(track.read);
    QString chosen;
    double most = -1;
    for (auto vote = track.votes.cbegin(); vote != track.votes.cend(); ++vote)
        if (vote.value() > most || (vote.value() == most && vote.key() < chosen)) {
            most = vote.value();
            chosen = vote.key();
        }
    if (!chosen.isEmpty() && chosen != read.text()) {
        // The agreed reading first, then the best frame's others.
        QList<PlateCandidate> candidates{track.readings.value(chosen)};
        for (const PlateCandidate& candidate : std::as_const(read.plate.candidates))
            if (candidate.text != chosen)
                candidates.append(candidate);
        read.plate.candidates = candidates;
    }
    return read;
}

QList<TrackedRead> PlateTracker::expire(qint64 nowMs) {
    QList<TrackedRead> done;
    for (qsizetype i = 0; i < m_open.size();) {
        if (nowMs - m_open[i].read.lastMs > m_windowMs) {
            done.append(finish(m_open[i]));
            m_open.removeAt(i);
        } else {
            ++i;
        }
    }
    return done;
}

QList<TrackedRead> PlateTracker::flush() {
    QList<TrackedRead> done;
    for (Track& track : m_open)
        done.append(finish(track));
    m_open.clear();
    return done;
}

} // namespace pl::core
