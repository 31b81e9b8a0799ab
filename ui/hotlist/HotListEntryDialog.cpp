#include "ui/hotlist/HotListEntryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace pl::ui {

namespace {

QDateEdit* dateEdit(const QString& name, QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

HotListEntryDialog::HotListEntryDialog(const QDateTime& nowUtc, int reviewDays,
                                       const QList<core::CaseFile>& openCases,
                                       const std::optional<core::HotListEntry>& entry,
                                       QWidget* parent)
    : FormDialog(entry ? tr("Change hot-list entry %1").arg(entry->plate)
                       : tr("Add a hot-list entry"),
                 parent)
    , m_nowUtc(nowUtc)
    , m_reviewDays(reviewDays)
    , m_entry(entry)
    , m_plate(new QLineEdit(this))
    , m_plateHint(new QLabel(this))
    , m_state(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_case(new QComboBox(this))
    , m_reviewBy(dateEdit(QStringLiteral("reviewBy"), this))
    , m_expires(new QCheckBox(tr("E&xpires on"), this))
    , m_expiresOn(dateEdit(QStringLiteral("expiresOn"), this))
    , m_possible(new QCheckBox(tr("Also alert on &possible matches (one look-alike character "
                                  "different, such as 0/O or 8/B)"),
                               this))
    , m_active(new QCheckBox(tr("A&ctive: matching reads alert me"), this)) {
    setObjectName(QStringLiteral("hotListEntryDialog"));
    setIntro(entry ? tr("Changes are recorded in the entry's history and the audit trail. A new "
                        "review date counts as a review.")
                   : tr("A read matching the entry alerts only you. The entry stops alerting "
                        "on its review date until you review it again."));
    setSubmitText(entry ? tr("Save changes") : tr("Add entry"));

    m_plate->setObjectName(QStringLiteral("plate"));
    m_plate->setMaxLength(30);
    m_plate->setPlaceholderText(tr("e.g. ABC1234, or AB?12* with wildcards"));
    m_plateHint->setObjectName(QStringLiteral("plateHint"));
    m_plateHint->setWordWrap(true);
    m_plateHint->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    // Room for two lines, so the hint that wraps is not cut off as the plate is typed.
    m_plateHint->setMinimumHeight(m_plateHint->fontMetrics().lineSpacing() * 2 + 2);
    m_plateHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setMaxLength(20);
    m_state->setPlaceholderText(tr("two letters, e.g. TX; empty: any"));
    m_category->setObjectName(QStringLiteral("category"));
    for (const QString& name : core::HotListCategory::names())
        m_category->addItem(core::HotListCategory::label(name), name);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("required: why the plate is of interest"));
    m_case->setObjectName(QStringLiteral("caseNumber"));
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    m_case->setMinimumWidth(260);
    for (const core::CaseFile& file : openCases)
        m_case->addItem(tr("%1 — %2").arg(file.number, file.title), file.number);
    m_case->lineEdit()->setPlaceholderText(tr("required: an open case, or a case number "
                                              "recorded elsewhere"));
    m_case->setCurrentIndex(-1);

    const QDate today = nowUtc.toLocalTime().date();
    const QDate latest = nowUtc.addDays(reviewDays).toLocalTime().date();
    m_reviewBy->setMaximumDate(latest);
    m_reviewBy->setMinimumDate(today.addDays(1));
    m_reviewBy->setDate(latest);
    m_reviewBy->setToolTip(tr("At most %n day(s) from today; the entry stops alerting on this "
                              "date until it is reviewed.",
                              nullptr, reviewDays));
    m_expiresOn->setMinimumDate(today.addDays(1));
    m_expiresOn->setDate(today.addDays(30));
    m_expiresOn->setEnabled(false);
    m_expires->setObjectName(QStringLiteral("expires"));
    m_possible->setObjectName(QStringLiteral("possibleMatches"));
    m_possible->setChecked(true);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);

    if (entry) {
        m_plate->setText(entry->plateEntered.isEmpty() ? entry->plate : entry->plateEntered);
        m_state->setText(entry->state);
        m_category->setCurrentIndex(std::max(0, m_category->findData(entry->category)));
        m_reason->setText(entry->reason);
        m_case->setEditText(entry->caseNumber);
        // An overdue review date is shown as it is; it is kept unless changed.
        const QDate reviewBy = entry->reviewByUtc.toLocalTime().date();
        m_reviewBy->setMinimumDate(std::min(reviewBy, today.addDays(1)));
        m_reviewBy->setMaximumDate(std::max(reviewBy, latest));
        m_reviewBy->setDate(reviewBy);
        if (entry->expiresUtc.isValid()) {
            const QDate expires = entry->expiresUtc.toLocalTime().date();
            m_expiresOn->setMinimumDate(std::min(expires, today.addDays(1)));
            m_expiresOn->setDate(expires);
            m_expires->setChecked(true);
            m_expiresOn->setEnabled(true);
        }
        m_possible->setChecked(entry->possibleMatches);
        m_active->setChecked(entry->active);
    }

    // Wide enough for the whole date beside its calendar button.
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48;
    m_reviewBy->setMinimumWidth(dateWidth);
    m_expiresOn->setMinimumWidth(dateWidth);
    auto* review = new QWidget(this);
    auto* reviewRow = new QHBoxLayout(review);
    reviewRow->setContentsMargins(0, 0, 0, 0);
    reviewRow->addWidget(m_reviewBy);
    auto* reviewHint = new QLabel(
        tr("at most %n day(s) ahead; then it stops alerting until reviewed", nullptr, reviewDays),
        this);
    reviewHint->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    reviewRow->addWidget(reviewHint, 1);
    review->setFocusProxy(m_reviewBy);

    auto* expiry = new QWidget(this);
    auto* expiryRow = new QHBoxLayout(expiry);
    expiryRow->setContentsMargins(0, 0, 0, 0);
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiresOn);
    expiryRow->addStretch(1);
    expiry->setFocusProxy(m_expires);

    form()->addRow(tr("P&late:"), m_plate);
    form()->addRow(QString(), m_plateHint);
    form()->addRow(tr("&State:"), m_state);
    form()->addRow(tr("Ca&tegory:"), m_category);
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(tr("C&ase:"), m_case);
    form()->addRow(tr("Re&view by:"), review);
    form()->addRow(tr("Expiry:"), expiry);
    form()->addRow(QString(), m_possible);
    form()->addRow(QString(), m_active);

    connect(m_expires, &QCheckBox::toggled, m_expiresOn, &QWidget::setEnabled);
    connect(m_plate, &QLineEdit::textChanged, this, &HotListEntryDialog::plateChanged);
    plateChanged();
    setMinimumWidth(560);
    adjustSize(); // wrapped intro lines need their height at this width
}

void HotListEntryDialog::plateChanged() {
    const QString plate = m_plate->text();
    if (plate.contains(QLatin1Char('?')) || plate.contains(QLatin1Char('*')))
        m_plateHint->setText(tr("A wildcard entry: ? stands for one character, * for any run. "
                                "It needs three fixed characters, and the station's number of "
                                "wildcard entries is limited."));
    else
        m_plateHint->setText(
            tr("Spaces and dashes are dropped and letters upper-cased when matching."));
}

QString HotListEntryDialog::caseNumber() const {
    const int index = m_case->currentIndex();
    if (index >= 0 && m_case->itemText(index) == m_case->currentText())
        return m_case->itemData(index).toString();
    return m_case->currentText().trimmed();
}

QDateTime HotListEntryDialog::reviewByUtc() const {
    const QDate chosen = m_reviewBy->date();
    if (m_entry && chosen == m_entry->reviewByUtc.toLocalTime().date())
        return m_entry->reviewByUtc; // unchanged: core keeps it
    const QDateTime latest = m_nowUtc.addDays(m_reviewDays);
    if (chosen >= latest.toLocalTime().date())
        return m_entry ? latest : QDateTime(); // new entries: core's default, a full period
    // The chosen day at this time of day, so a date a full period ahead is
    // never past the limit.
    return QDateTime(chosen, m_nowUtc.toLocalTime().time()).toUTC();
}

QDateTime HotListEntryDialog::expiresUtc() const {
    if (!m_expires->isChecked())
        return {};
    const QDate chosen = m_expiresOn->date();
    if (m_entry && m_entry->expiresUtc.isValid() &&
        chosen == m_entry->expiresUtc.toLocalTime().date())
        return m_entry->expiresUtc;
    // The entry stops alerting as the chosen day begins.
    return QDateTime(chosen, QTime(0, 0)).toUTC();
}

core::HotListEntryInput HotListEntryDialog::input() const {
    core::HotListEntryInput input;
    input.plate = m_plate->text();
    input.state = m_state->text();
    input.category = m_category->currentData().toString();
    input.reason = m_reason->text();
    input.caseNumber = caseNumber();
    input.reviewByUtc = reviewByUtc();
    input.expiresUtc = expiresUtc();
    input.possibleMatches = m_possible->isChecked();
    input.active = m_active->isChecked();
    return input;
}

} // namespace pl::ui
