// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportWorkspace.h"

#include "export/PackSectionModel.h"
#include "export/SlideListModel.h"
#include "session/Document.h"
#include "session/OutputFile.h"
#include "shell/ReadOnly.h"
#include "slides/DeckBuilder.h"
#include "slides/SlidePainter.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace rt {

SlidePreview::SlidePreview(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setObjectName(QStringLiteral("slidePreview"));
    setAccessibleName(tr("Slide preview"));
}

void SlidePreview::setSlide(const slides::Slide& slide)
{
    m_slide = slide;
    m_has = true;
    setAccessibleDescription(slide.title);
    update();
}

void SlidePreview::clear()
{
    m_has = false;
    update();
}

void SlidePreview::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (!m_has) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("Nothing to export yet"));
        return;
    }
    // Letterbox 16:9 inside the widget with a small margin.
    QRectF r = QRectF(rect()).adjusted(8, 8, -8, -8);
    const double ratio = slides::SlideWidth / slides::SlideHeight;
    if (r.width() / r.height() > ratio)
        r.setWidth(r.height() * ratio);
    else
        r.setHeight(r.width() / ratio);
    r.moveCenter(QRectF(rect()).center());
    slides::SlidePainter::paint(p, m_slide, r);
}

ExportWorkspace::ExportWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
    , m_model(new SlideListModel(this))
    , m_list(new QListView(this))
    , m_preview(new SlidePreview(this))
    , m_sections(new PackSectionModel(document, this))
    , m_rebuild(new QTimer(this))
{
    m_list->setModel(m_model);
    m_list->setIconSize(QSize(SlideListModel::ThumbnailWidth, SlideListModel::ThumbnailWidth * 9 / 16));
    // A column of thumbnails with the title underneath.
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::TopToBottom);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setGridSize(
        QSize(SlideListModel::ThumbnailWidth + 24, SlideListModel::ThumbnailWidth * 9 / 16 + 48));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Slides"));
    m_list->setMinimumWidth(SlideListModel::ThumbnailWidth + 40);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    // Which pack: the day's verbatim summary, or the place leads' progress update for a board.
    auto* packBox = new QGroupBox(tr("Pack"), side);
    auto* packLayout = new QVBoxLayout(packBox);
    // A list, not radio buttons: Tab reaches it like every other control.
    m_pack = new QComboBox(packBox);
    m_pack->addItem(tr("Summary pack (the day, verbatim)"), int(Pack::Summary));
    m_pack->addItem(tr("Progress update (for a board)"), int(Pack::Progress));
    m_pack->setAccessibleName(tr("Pack"));
    packLayout->addWidget(m_pack);
    m_progressOptions = new QWidget(packBox);
    auto* progressForm = new QFormLayout(m_progressOptions);
    progressForm->setContentsMargins(18, 0, 0, 0);
    m_progressPlace = new QComboBox(m_progressOptions);
    m_progressPlace->setAccessibleName(tr("Progress update for"));
    m_progressPlace->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_progressPlace->setMinimumContentsLength(14);
    progressForm->addRow(tr("&For:"), m_progressPlace);
    m_sinceOn = new QCheckBox(tr("Changes si&nce:"), m_progressOptions);
    m_sinceOn->setToolTip(tr("Unticked: what changed since the event"));
    m_since = new QDateEdit(m_progressOptions);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setAccessibleName(tr("Changes since"));
    m_since->setEnabled(false);
    progressForm->addRow(m_sinceOn, m_since);
    packLayout->addWidget(m_progressOptions);
    sideLayout->addWidget(packBox);
    connect(m_pack, &QComboBox::currentIndexChanged, this, [this] {
        refreshPackControls();
        scheduleRebuild();
    });
    connect(m_progressPlace, &QComboBox::currentIndexChanged, this, &ExportWorkspace::scheduleRebuild);
    connect(m_sinceOn, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        scheduleRebuild();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &ExportWorkspace::scheduleRebuild);

    auto* include = m_include = new QGroupBox(tr("Include, in this order"), side);
    auto* includeLayout = new QVBoxLayout(include);
    m_sectionList = new QListView(include);
    m_sectionList->setModel(m_sections);
    m_sectionList->setObjectName(QStringLiteral("packSections"));
    m_sectionList->setAccessibleName(tr("Sections of the pack"));
    // Every section in view at once, whatever the script's line height.
    int listH = 2 * m_sectionList->frameWidth() + 4;
    for (int i = 0; i < m_sections->rowCount(); ++i)
        listH += m_sectionList->sizeHintForRow(i);
    m_sectionList->setFixedHeight(listH);
    includeLayout->addWidget(m_sectionList);
    auto* moveRow = new QHBoxLayout;
    auto* up = new QPushButton(tr("Move up"), include);
    auto* down = new QPushButton(tr("Move down"), include);
    auto* defaults = new QPushButton(tr("Defaults"), include);
    defaults->setToolTip(tr("The hand-made pack's order, every section, the standard caveat"));
    for (QPushButton* b : {up, down, defaults})
        readonly::marksEdit(b); // the choices are the session's: a read-only window shows them
    const auto moveBy = [this](int step) {
        const int row = m_sectionList->currentIndex().row();
        if (m_sections->move(row, step))
            m_sectionList->setCurrentIndex(m_sections->index(row + step));
    };
    connect(up, &QPushButton::clicked, this, [moveBy] { moveBy(-1); });
    connect(down, &QPushButton::clicked, this, [moveBy] { moveBy(1); });
    connect(defaults, &QPushButton::clicked, m_sections, &PackSectionModel::restoreDefaults);
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    moveRow->addWidget(defaults);
    includeLayout->addLayout(moveRow);
    auto* caveatLabel = new QLabel(tr("&Caveat on PICK and action-plan slides:"), include);
    caveatLabel->setWordWrap(true);
    m_caveat = new QLineEdit(include);
    m_caveat->setObjectName(QStringLiteral("packCaveat"));
    m_caveat->setPlaceholderText(slides::DeckBuilder::caveat());
    m_caveat->setClearButtonEnabled(true);
    caveatLabel->setBuddy(m_caveat);
    connect(m_caveat, &QLineEdit::editingFinished, this, [this] { m_sections->setCaveat(m_caveat->text()); });
    includeLayout->addWidget(caveatLabel);
    includeLayout->addWidget(m_caveat);
    connect(m_sections, &QAbstractItemModel::modelReset, this, [this] {
        if (m_caveat->text().trimmed() != m_sections->settings().caveat)
            showCaveat();
        scheduleRebuild();
    });
    sideLayout->addWidget(include);
    auto* exportBox = new QGroupBox(tr("Export"), side);
    auto* exportLayout = new QVBoxLayout(exportBox);
    const QList<std::pair<slides::Format, QString>> buttons
        = {{slides::Format::Pptx, tr("PowerPoint (PPTX)…")},
           {slides::Format::Pdf, tr("PDF…")},
           {slides::Format::Markdown, tr("Markdown…")},
           {slides::Format::Csv, tr("Spreadsheets (CSV)…")}};
    for (const auto& [format, label] : buttons) {
        auto* b = new QPushButton(label, exportBox);
        connect(b, &QPushButton::clicked, this, [this, f = format]() { chooseAndExport(f); });
        exportLayout->addWidget(b);
        m_buttons << b;
        if (format == slides::Format::Csv)
            m_csv = b;
    }
    sideLayout->addWidget(exportBox);
    auto* note = new QLabel(tr("Every note, idea and action appears once, in full. Long columns continue on "
                               "numbered slides (1/2, 2/2); text is never smaller than 12 pt."),
                            side);
    note->setWordWrap(true);
    sideLayout->addWidget(note);
    sideLayout->addStretch();
    // Tab follows the page left to right: which pack, what to include, the export buttons, then
    // the slides.
    setTabOrder(m_pack, m_progressPlace);
    setTabOrder(m_progressPlace, m_sinceOn);
    setTabOrder(m_sinceOn, m_since);
    setTabOrder(m_since, m_sectionList);
    setTabOrder(m_sectionList, up);
    setTabOrder(up, down);
    setTabOrder(down, defaults);
    setTabOrder(defaults, m_caveat);
    QWidget* previous = m_caveat;
    for (QPushButton* b : std::as_const(m_buttons)) {
        if (previous)
            setTabOrder(previous, b);
        previous = b;
    }
    if (previous)
        setTabOrder(previous, m_list);

    // The choices scroll rather than overlap when the window is short (1366x768 with a toolbar).
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the choices in it; it scrolls to them
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(side->minimumSizeHint().width()
                                + sideScroll->verticalScrollBar()->sizeHint().width());
    auto* split = new QSplitter(this);
    split->addWidget(sideScroll);
    split->addWidget(m_list);
    split->addWidget(m_preview);
    split->setStretchFactor(2, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showSlide(current.row()); });
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(300);
    connect(m_rebuild, &QTimer::timeout, this, &ExportWorkspace::rebuild);
    if (document) {
        connect(document, &Document::opened, this, &ExportWorkspace::attach);
        connect(document, &Document::aboutToClose, this, [this]() {
            m_model->setDeck({});
            m_preview->clear();
        });
        attach();
    }
    refreshPackControls();
}

ExportWorkspace::~ExportWorkspace()
{
    if (m_worker) {
        m_worker->wait();
    }
}

QString ExportWorkspace::title() const
{
    return tr("Export");
}

QStringList ExportWorkspace::viewNames() const
{
    // "export" itself is the page's own key (the main window lists it); slide:N is ours.
    return {tr("slide:N — slide N (from 1) of the summary pack, in the Export page's preview"),
            tr("progress — the progress update of the whole event (progress:P — of place P), previewed")};
}

bool ExportWorkspace::showView(const QString& view, QString* error)
{
    if (view == QLatin1String("export")) {
        rebuild();
        if (slideCount() > 0 && currentSlide() < 0)
            m_list->setCurrentIndex(m_model->index(0));
        return true;
    }
    if (view == QLatin1String("progress") || view.startsWith(QLatin1String("progress:"))) {
        // The progress update's preview: the whole event, or place P's.
        qint64 place = 0;
        if (view.size() > 8) {
            bool ok = false;
            const int n = view.mid(9).toInt(&ok);
            Store* store = document() ? document()->store() : nullptr;
            const QList<qint64> places = store ? store->ids(Kind::Place) : QList<qint64>();
            if (!ok || n < 1 || n > places.size()) {
                if (error)
                    *error
                        = tr("there is no place %1: the session has %n place(s)", nullptr, int(places.size()))
                              .arg(view.mid(9));
                return false;
            }
            place = places[n - 1];
        }
        m_pack->setCurrentIndex(m_pack->findData(int(Pack::Progress)));
        setProgressScope(place, QDate());
        if (slideCount() > 0 && currentSlide() < 0)
            m_list->setCurrentIndex(m_model->index(0));
        return true;
    }
    if (!view.startsWith(QLatin1String("slide:")))
        return false;
    bool ok = false;
    const int n = view.mid(6).toInt(&ok);
    rebuild();
    if (!ok || n < 1 || n > slideCount()) {
        if (error)
            *error = tr("there is no slide %1: the pack has %n slide(s)", nullptr, slideCount())
                         .arg(view.mid(6));
        return false;
    }
    m_list->setCurrentIndex(m_model->index(n - 1));
    m_list->scrollTo(m_model->index(n - 1));
    showSlide(n - 1);
    return true;
}

int ExportWorkspace::slideCount() const
{
    return m_model->rowCount();
}

int ExportWorkspace::currentSlide() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void ExportWorkspace::attach()
{
    Store* store = document() ? document()->store() : nullptr;
    if (!store)
        return;
    connect(store, &Store::rowsChanged, this, &ExportWorkspace::scheduleRebuild, Qt::UniqueConnection);
    connect(store, &Store::rowUpdated, this, &ExportWorkspace::scheduleRebuild, Qt::UniqueConnection);
    connect(store, &Store::reset, this, &ExportWorkspace::scheduleRebuild, Qt::UniqueConnection);
    // The settings are the session's: an undo, a redo or another laptop's change shows here.
    connect(store, &Store::rowUpdated, m_sections, [this](Kind kind, qint64, const QString& column) {
        if (kind == Kind::Event && column == col::ExportSettings)
            m_sections->reload();
    });
    connect(store, &Store::reset, m_sections, &PackSectionModel::reload);
    m_sections->reload();
    m_caveat->setReadOnly(document()->isReadOnly());
    showCaveat();
    // Building the pack measures every item's text: do it when the page is first shown, not
    // while the window opens (a 20,000-note session took seconds).
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void ExportWorkspace::scheduleRebuild()
{
    // Edits elsewhere in the app only mark the pack stale; it is rebuilt when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_rebuild->start();
}

void ExportWorkspace::showEvent(QShowEvent* event)
{
    Workspace::showEvent(event);
    if (m_stale)
        rebuild();
}

void ExportWorkspace::rebuild()
{
    m_rebuild->stop();
    m_stale = false;
    Store* store = document() && document()->isOpen() ? document()->store() : nullptr;
    if (!store) {
        m_model->setDeck({});
        m_preview->clear();
        return;
    }
    const int keep = currentSlide();
    m_data = slides::SessionData::load(*store);
    refreshPackControls();
    m_model->setDeck(buildDeck());
    const int row = std::min(std::max(keep, 0), slideCount() - 1);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_preview->clear();
}

slides::ProgressOptions ExportWorkspace::progressOptions() const
{
    slides::ProgressOptions options;
    if (m_progressPlace->currentData().toLongLong() != 0)
        options.place = m_progressPlace->currentText();
    if (m_sinceOn->isChecked())
        options.since = m_since->date();
    return options;
}

slides::Deck ExportWorkspace::buildDeck() const
{
    if (pack() == Pack::Progress)
        return slides::ProgressBuilder(m_data, progressOptions()).build();
    // The pack as the file's settings say (the same as `roundtable export` of the file).
    slides::DeckBuilder builder(m_data);
    return builder.build();
}

void ExportWorkspace::setPack(Pack pack)
{
    m_pack->setCurrentIndex(m_pack->findData(int(pack)));
    rebuild();
}

ExportWorkspace::Pack ExportWorkspace::pack() const
{
    return m_pack->currentData().toInt() == int(Pack::Progress) ? Pack::Progress : Pack::Summary;
}

void ExportWorkspace::setProgressScope(qint64 placeId, const QDate& since)
{
    refreshPackControls();
    m_progressPlace->setCurrentIndex(std::max(0, m_progressPlace->findData(placeId)));
    m_sinceOn->setChecked(since.isValid());
    if (since.isValid())
        m_since->setDate(since);
    rebuild();
}

void ExportWorkspace::showCaveat()
{
    // Empty means the standard words, shown as the placeholder; a read-only window has no
    // placeholders (ReadOnlyGuard), so there the box shows the words the pack will carry.
    const QString caveat = m_sections->settings().caveat;
    m_caveat->setText(caveat.isEmpty() && m_caveat->isReadOnly() ? slides::DeckBuilder::caveat() : caveat);
    m_caveat->setCursorPosition(0); // its start, where a reader begins
}

void ExportWorkspace::refreshPackControls()
{
    const bool progress = pack() == Pack::Progress;
    m_progressOptions->setEnabled(progress);
    m_include->setVisible(!progress); // the sections and the caveat are the summary pack's
    if (m_csv)
        m_csv->setEnabled(!progress && !m_worker);
    // The places, kept in step with the session.
    const qint64 shown = m_progressPlace->currentData().toLongLong();
    QSignalBlocker block(m_progressPlace);
    m_progressPlace->clear();
    m_progressPlace->addItem(tr("The whole event"), qint64(0));
    if (Store* store = document() && document()->isOpen() ? document()->store() : nullptr) {
        const QList<Row> places = store->rows(Kind::Place);
        for (const Row& p : places)
            m_progressPlace->addItem(p.str(col::Name), p.id);
        if (!m_sinceOn->isChecked()) {
            const QList<Row> events = store->rows(Kind::Event);
            const QDate event
                = events.isEmpty() ? QDate() : QDate::fromString(events.first().str(col::Date), Qt::ISODate);
            if (event.isValid())
                m_since->setDate(event);
        }
    }
    m_progressPlace->setCurrentIndex(std::max(0, m_progressPlace->findData(shown)));
}

void ExportWorkspace::showSlide(int row)
{
    if (row < 0 || row >= slideCount())
        m_preview->clear();
    else
        m_preview->setSlide(m_model->deck().slides[row]);
}

void ExportWorkspace::chooseAndExport(slides::Format format)
{
    if (!document() || !document()->isOpen())
        return;
    const QString suggested = pack() == Pack::Progress
        ? slides::defaultProgressOutput(document()->path(), format)
        : slides::defaultOutput(document()->path(), format);
    QString filter;
    switch (format) {
    case slides::Format::Pptx:
        filter = tr("PowerPoint presentations (*.pptx)");
        break;
    case slides::Format::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case slides::Format::Markdown:
        filter = tr("Markdown (*.md)");
        break;
    case slides::Format::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    }
    QString out = QFileDialog::getSaveFileName(
        this, pack() == Pack::Progress ? tr("Export the progress update") : tr("Export the summary pack"),
        suggested, filter);
    if (out.isEmpty())
        return;
    if (!out.endsWith(slides::extension(format), Qt::CaseInsensitive))
        out += slides::extension(format);
    startExport(format, out, true);
}

void ExportWorkspace::startExport(slides::Format format, const QString& out, bool interactive)
{
    if (m_worker)
        return;
    rebuild(); // the pack as the session is now
    // The worker gets its own copies: the store stays on this thread.
    const slides::SessionData data = m_data;
    const slides::Deck deck = m_model->deck();
    const bool progressUpdate = pack() == Pack::Progress;
    const slides::ProgressOptions options = progressOptions();
    const QStringList inputs {document() ? document()->path() : QString()}; // never written over
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto* progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(out).fileName()), tr("Cancel"), 0,
                                         std::max<int>(1, int(deck.slides.size())), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(interactive ? 300 : 1000000);
    connect(progress, &QProgressDialog::canceled, this, [cancel]() { cancel->store(true); });
    for (QPushButton* b : m_buttons)
        b->setEnabled(false);

    auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
    auto files = std::make_shared<QStringList>();
    QPointer<QProgressDialog> dialog(progress);
    m_worker = QThread::create([=]() {
        slides::ExportControl control;
        control.cancel = cancel.get();
        // Progress is shown on the GUI thread; the dialog pointer is only read there.
        control.progress = [this, dialog](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [dialog, done, total]() {
                    if (dialog) {
                        dialog->setMaximum(total);
                        dialog->setValue(done);
                    }
                },
                Qt::QueuedConnection);
        };
        QString error;
        // Refusals and write failures are worded by files::SafeOutput, as on the command line.
        if (progressUpdate && format == slides::Format::Markdown) {
            // The update's Markdown is written from the data, unsplit, as on the command line.
            files::SafeOutput file(out, inputs);
            result->first = file.open()
                && file.write(slides::ProgressBuilder::markdown(data, options).toUtf8()) && file.commit();
            if (result->first)
                *files = {out};
            else
                error = file.errorString();
        } else {
            result->first
                = slides::writeExport(data, deck, format, out, control, &error, files.get(), inputs);
        }
        result->second = error;
    });
    m_worker->setParent(this); // waited for and deleted with the workspace if it closes first
    connect(m_worker, &QThread::finished, this, [=]() {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (dialog)
            dialog->deleteLater();
        for (QPushButton* b : m_buttons)
            b->setEnabled(true);
        refreshPackControls();
        emit exportFinished(result->first, *files, result->second);
        if (!interactive)
            return;
        if (!result->first) {
            if (!cancel->load())
                QMessageBox::warning(this, tr("Export"), result->second);
            return;
        }
        QMessageBox box(QMessageBox::Information, tr("Export"),
                        tr("Written: %1").arg(files->join(QStringLiteral(", "))), QMessageBox::Close, this);
        QPushButton* open = box.addButton(tr("Open the file"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == open) {
            for (const QString& f : *files)
                QDesktopServices::openUrl(QUrl::fromLocalFile(f));
        }
    });
    m_worker->start();
}

} // namespace rt
