#include "ui/search/VerificationDialog.h"

#include "core/cases/CaseService.h"
#include "core/cases/VerificationService.h"
#include "core/common/TimeFormat.h"
#include "core/reads/ReadRecordService.h"
#include "core/station/Station.h"
#include "ui/search/SearchResultModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

constexpr int plateWidth = 360;
constexpr int sceneWidth = 560;
constexpr int sceneHeight = 380;

QLabel* imageLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("QLabel { background: #20242a; color: #e8e8e8; }"));
    return label;
}

// Red below 60, amber below 85, green above: how sure the reader was.
QString confidenceColour(double confidence) {
    if (confidence < 60)
        return QStringLiteral("#c62828");
    if (confidence < 85)
        return QStringLiteral("#b26a00");
    return QStringLiteral("#2e7d32");
}

} // namespace

VerificationDialog::VerificationDialog(core::Station& station, const core::Session& session,
                                       SearchResultModel& results, int row,
                                       const QString& caseNumber, QWidget* parent)
    : QDialog(parent)
    , m_station(station)
    , m_session(session)
    , m_results(results)
    , m_caseNumber(caseNumber)
    , m_position(new QLabel(this))
    , m_plateImage(imageLabel(QStringLiteral("plateImage"), this))
    , m_sceneImage(imageLabel(QStringLiteral("sceneImage"), this))
    , m_plateText(new QLabel(this))
    , m_characters(new QLabel(this))
    , m_details(new QLabel(this))
    , m_candidates(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_corrected(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("&Confirmed (C)"), this))
    , m_mismatch(new QPushButton(tr("&Mismatch… (M)"), this))
    , m_unreadable(new QPushButton(tr("&Unreadable (U)"), this))
    , m_link(new QPushButton(tr("&Link to case %1 (L)").arg(caseNumber), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("verificationDialog"));
    setWindowTitle(tr("Verify reads"));
    resize(1000, 720);

    auto* notice = new QLabel(
        tr("An LPR read is never the sole basis for enforcement action. Confirm only what you "
           "can see in the image yourself, and confirm the vehicle by independent means before "
           "acting."),
        this);
    notice->setObjectName(QStringLiteral("soleBasisNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #e0c36a; padding: 6px 10px; }"));

    m_plateImage->setMinimumSize(plateWidth, 140);
    m_sceneImage->setMinimumSize(sceneWidth, sceneHeight);
    auto* images = new QHBoxLayout;
    images->addWidget(m_plateImage, 0, Qt::AlignTop);
    images->addWidget(m_sceneImage, 1);

    m_plateText->setObjectName(QStringLiteral("plateText"));
    m_plateText->setStyleSheet(QStringLiteral("QLabel { font-size: 22pt; font-weight: bold; }"));
    m_plateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_characters->setObjectName(QStringLiteral("characterConfidences"));
    m_characters->setTextFormat(Qt::RichText);
    m_details->setObjectName(QStringLiteral("readDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMaximumHeight(90);

    auto* about = new QVBoxLayout;
    about->addWidget(m_plateText);
    about->addWidget(m_characters);
    about->addWidget(m_candidates);
    about->addWidget(m_details);
    about->addStretch(1);
    auto* historyBox = new QVBoxLayout;
    historyBox->addWidget(new QLabel(tr("Earlier decisions on this read:"), this));
    historyBox->addWidget(m_history);
    auto* middle = new QHBoxLayout;
    middle->addLayout(about, 1);
    middle->addLayout(historyBox, 1);

    m_corrected->setObjectName(QStringLiteral("correctedPlate"));
    m_corrected->setPlaceholderText(tr("the plate as you see it in the image"));
    m_corrected->setEnabled(false);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("optional"));
    auto* form = new QFormLayout;
    auto* correctedLabel = new QLabel(tr("Plate as &seen:"), this);
    correctedLabel->setBuddy(m_corrected);
    auto* noteLabel = new QLabel(tr("&Note (N):"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(correctedLabel, m_corrected);
    form->addRow(noteLabel, m_note);

    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_mismatch->setObjectName(QStringLiteral("mismatchButton"));
    m_unreadable->setObjectName(QStringLiteral("unreadableButton"));
    for (QPushButton* button : {m_confirm, m_mismatch, m_unreadable})
        button->setAutoDefault(false);
    auto* previousButton = new QPushButton(tr("Previous (Page Up)"), this);
    auto* nextButton = new QPushButton(tr("Next (Page Down)"), this);
    auto* closeButton = new QPushButton(tr("Close"), this);
    for (QPushButton* button : {previousButton, nextButton, closeButton})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_mismatch);
    buttons->addWidget(m_unreadable);
    buttons->addWidget(m_link);
    buttons->addStretch(1);
    buttons->addWidget(m_position);
    buttons->addWidget(previousButton);
    buttons->addWidget(nextButton);
    buttons->addWidget(closeButton);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addLayout(images, 1);
    layout->addLayout(middle);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    const bool mayVerify = m_session.can(core::Permission::VerifyReads);
    for (QPushButton* button : {m_confirm, m_mismatch, m_unreadable})
        button->setEnabled(mayVerify);
    connect(m_confirm, &QPushButton::clicked, this,
            [this] { decide(core::Verification::Decision::Confirmed); });
    connect(m_mismatch, &QPushButton::clicked, this, &VerificationDialog::startMismatch);
    connect(m_unreadable, &QPushButton::clicked, this,
            [this] { decide(core::Verification::Decision::Unreadable); });
    connect(m_corrected, &QLineEdit::returnPressed, this,
            [this] { decide(core::Verification::Decision::Mismatch); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] { m_confirm->setFocus(); });
    m_link->setObjectName(QStringLiteral("linkButton"));
    m_link->setAutoDefault(false);
    const bool mayLink = m_session.can(core::Permission::ManageCases) && !m_caseNumber.isEmpty();
    m_link->setVisible(mayLink);
    connect(m_link, &QPushButton::clicked, this, &VerificationDialog::linkToCase);
    if (mayLink)
        connect(new QShortcut(QKeySequence(Qt::Key_L), this), &QShortcut::activated, this,
                &VerificationDialog::linkToCase);
    connect(previousButton, &QPushButton::clicked, this, &VerificationDialog::previous);
    connect(nextButton, &QPushButton::clicked, this, &VerificationDialog::next);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);

    // Plain keys act where no text is being typed (a line edit takes them).
    if (mayVerify) {
        connect(new QShortcut(QKeySequence(Qt::Key_C), this), &QShortcut::activated, this,
                [this] { decide(core::Verification::Decision::Confirmed); });
        connect(new QShortcut(QKeySequence(Qt::Key_M), this), &QShortcut::activated, this,
                &VerificationDialog::startMismatch);
        connect(new QShortcut(QKeySequence(Qt::Key_U), this), &QShortcut::activated, this,
                [this] { decide(core::Verification::Decision::Unreadable); });
    }
    connect(new QShortcut(QKeySequence(Qt::Key_N), this), &QShortcut::activated, this,
            [this] { m_note->setFocus(); });
    connect(new QShortcut(QKeySequence(Qt::Key_PageDown), this), &QShortcut::activated, this,
            &VerificationDialog::next);
    connect(new QShortcut(QKeySequence(Qt::Key_PageUp), this), &QShortcut::activated, this,
            &VerificationDialog::previous);

    showRow(row);
}

bool VerificationDialog::showRow(int row) {
    m_results.ensureLoaded(row);
    const qint64 readId = m_results.readIdAt(row);
    if (readId == 0)
        return false;
    auto record = m_station.reads().record(m_session, readId);
    if (!record) {
        showError(record.error().message());
        return false;
    }
    if (m_session.can(core::Permission::VerifyReads)) {
        if (auto viewed = m_station.verifications().recordViewed(m_session, readId, m_caseNumber);
            !viewed) {
            showError(viewed.error().message());
            return false;
        }
    }
    m_row = row;
    m_record = record.value();
    m_error->hide();
    m_corrected->clear();
    m_corrected->setEnabled(false);
    m_note->clear();
    m_position->setText(tr("Read %1 of %2")
                            .arg(QLocale().toString(row + 1))
                            .arg(QLocale().toString(static_cast<qint64>(m_results.total()))));
    showImages();
    showDetails();
    showHistory();
    setFocus();
    return true;
}

bool VerificationDialog::next() {
    return showRow(m_row + 1);
}

bool VerificationDialog::previous() {
    return m_row > 0 && showRow(m_row - 1);
}

void VerificationDialog::startMismatch() {
    m_corrected->setEnabled(true);
    if (m_corrected->text().isEmpty())
        m_corrected->setText(m_record.plate);
    m_corrected->selectAll();
    m_corrected->setFocus();
}

bool VerificationDialog::decide(core::Verification::Decision decision) {
    if (m_record.id == 0)
        return false;
    const QString corrected =
        decision == core::Verification::Decision::Mismatch ? m_corrected->text() : QString();
    auto recorded = m_station.verifications().record(m_session, m_record.id, decision, corrected,
                                                     m_note->text().trimmed());
    if (!recorded) {
        showError(recorded.error().message());
        if (decision == core::Verification::Decision::Mismatch)
            m_corrected->setFocus();
        return false;
    }
    m_results.refreshRow(m_row);
    Q_EMIT decided(m_row);
    if (!next()) {
        // The last read: stay on it and show the decision just taken.
        showHistory();
        m_corrected->setEnabled(false);
        m_note->clear();
        m_error->setText(tr("That was the last read of the results."));
        m_error->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
        m_error->show();
        setFocus();
    }
    return true;
}

bool VerificationDialog::linkToCase() {
    if (m_record.id == 0)
        return false;
    if (auto linked = m_station.cases().linkRead(m_session, m_caseNumber, m_record.id); !linked) {
        showError(linked.error().message());
        return false;
    }
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    m_error->setText(
        tr("Linked to case %1: the read is kept while the case is open.").arg(m_caseNumber));
    m_error->show();
    return true;
}

void VerificationDialog::showError(const QString& message) {
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setText(message);
    m_error->show();
}

void VerificationDialog::showImages() {
    QPixmap plate;
    if (!m_record.plateImage.isEmpty() && plate.loadFromData(m_record.plateImage)) {
        m_plateImage->setPixmap(
            plate.scaledToWidth(plateWidth, Qt::SmoothTransformation)
                .scaled(plateWidth, sceneHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_plateImage->setPixmap({});
        m_plateImage->setText(tr("No plate image\nis stored for this read."));
    }
    QPixmap scene;
    if (!m_record.sceneImage.isEmpty() && scene.loadFromData(m_record.sceneImage)) {
        m_sceneImage->setPixmap(
            scene.scaled(sceneWidth, sceneHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_sceneImage->setPixmap({});
        m_sceneImage->setText(tr("No scene image is stored for this read.\nWithout an image it "
                                 "cannot be confirmed: record it as unreadable."));
    }
}

QString VerificationDialog::characterConfidences() const {
    if (m_record.charConfidences.size() != m_record.plate.size())
        return {};
    QString html;
    for (qsizetype i = 0; i < m_record.plate.size(); ++i) {
        const double confidence = m_record.charConfidences.at(i);
        html +=
            QStringLiteral("<span style=\"color:%1\"><b>%2</b><sub>%3</sub></span>&nbsp;")
                .arg(confidenceColour(confidence), QString(m_record.plate.at(i)).toHtmlEscaped(),
                     QLocale().toString(confidence, 'f', 0));
    }
    return tr("Per character: %1").arg(html);
}

void VerificationDialog::showDetails() {
    const core::ReadRecord& r = m_record;
    m_plateText->setText(r.plateRaw.isEmpty() || r.plateRaw == r.plate
                             ? r.plate
                             : tr("%1 (read as %2)").arg(r.plate, r.plateRaw));
    const QString characters = characterConfidences();
    m_characters->setText(characters);
    m_characters->setVisible(!characters.isEmpty());
    QStringList others;
    for (const core::ReadRecord::Candidate& candidate : r.candidates) {
        if (candidate.text != r.plate)
            others.append(QStringLiteral("%1 (%2)").arg(
                candidate.text, QLocale().toString(candidate.confidence, 'f', 0)));
    }
    m_candidates->setText(others.isEmpty()
                              ? QString()
                              : tr("Other readings: %1").arg(others.join(QStringLiteral(", "))));
    m_candidates->setVisible(!others.isEmpty());

    QStringList lines;
    lines << tr("Time: %1 (%2 UTC)")
                 .arg(core::TimeFormat::toDisplay(r.timeUtc),
                      r.timeUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString place =
        r.latitude && r.longitude
            ? QStringLiteral("%1, %2").arg(QLocale().toString(*r.latitude, 'f', 5),
                                           QLocale().toString(*r.longitude, 'f', 5))
            : tr("unknown");
    lines << (r.address.isEmpty() ? tr("Place: %1").arg(place)
                                  : tr("Place: %1 (%2)").arg(place, r.address));
    lines << tr("Device: %1").arg(r.deviceName);
    if (!r.state.isEmpty())
        lines << tr("State: %1").arg(r.state);
    if (r.confidence)
        lines << tr("Reader's confidence: %1").arg(QLocale().toString(*r.confidence, 'f', 0));
    if (r.source == QLatin1String("live"))
        lines << tr("Read by a camera of this station");
    else if (r.sourceLine)
        lines << tr("Imported from %1, line %2").arg(r.importFile).arg(*r.sourceLine);
    else
        lines << tr("Imported from %1").arg(r.importFile);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void VerificationDialog::showHistory() {
    m_history->clear();
    auto history = m_station.verifications().history(m_session, m_record.id);
    if (!history) {
        m_history->addItem(history.error().message());
        return;
    }
    if (history.value().isEmpty())
        m_history->addItem(tr("none"));
    for (const core::Verification& v : history.value()) {
        QString text = tr("%1 · %2 · %3")
                           .arg(core::TimeFormat::toDisplay(v.timeUtc),
                                v.userDisplayName.isEmpty() ? v.userName : v.userDisplayName,
                                core::Verification::decisionLabel(v.decision));
        if (!v.corrected.isEmpty())
            text += tr(": %1").arg(v.corrected);
        if (!v.note.isEmpty())
            text += tr(" (%1)").arg(v.note);
        m_history->addItem(text);
    }
}

} // namespace pl::ui
