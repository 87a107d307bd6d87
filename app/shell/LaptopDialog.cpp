// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LaptopDialog.h"

#include "domain/Stamp.h"
#include "session/Document.h"
#include "shell/Settings.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QVBoxLayout>

namespace rt {

namespace {
constexpr int MaxNameLength = 60;
}

LaptopDialog::LaptopDialog(Settings& settings, Document* document, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_document(document)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("laptopDialog"));
    setWindowTitle(tr("This Laptop"));

    auto* intro = new QLabel(tr("Every note, idea, action and vote records the laptop it was captured on, "
                                "so a session combined from several laptops shows where each came from."),
                             this);
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("laptopName"));
    m_name->setMaxLength(MaxNameLength);
    m_name->setText(settings.value(Settings::DeviceName).toString());
    const QString host = QSysInfo::machineHostName();
    //: Shown in the empty name box: %1 is the computer's own name
    m_name->setPlaceholderText(host.isEmpty() ? tr("e.g. Table 3 laptop")
                                              : tr("Empty: the computer's name, %1").arg(host));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* label = new QLabel(tr("This laptop's &name (shown beside what it captures):"), this);
    label->setWordWrap(true);
    label->setBuddy(m_name);
    form->addRow(label);
    form->addRow(m_name);

    auto* hint = new QLabel(tr("Name it after where it is used, e.g. “Table 3 laptop” or “Organiser”. "
                               "What you capture from now on records it."),
                            this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(hint);
    const QByteArray envName = qgetenv("ROUNDTABLE_DEVICE_NAME");
    if (!envName.isEmpty()) {
        auto* env = new QLabel(tr("While ROUNDTABLE_DEVICE_NAME is set, this run of the program uses “%1”.")
                                   .arg(QString::fromUtf8(envName)),
                               this);
        env->setWordWrap(true);
        env->setTextFormat(Qt::PlainText);
        layout->addWidget(env);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LaptopDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LaptopDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void LaptopDialog::apply(Settings& settings, const QString& name, Document* document)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        settings.reset(Settings::DeviceName);
    else
        settings.setValue(Settings::DeviceName, trimmed);
    settings.sync();
    // Forget the name in use, so an emptied one falls back to the computer's name (or the
    // environment's), then take the saved one.
    Device current = Device::current();
    current.name.clear();
    Device::setCurrent(current);
    settings.adoptDevice();
    if (document && document->store())
        document->store()->setDevice(Device::current());
}

void LaptopDialog::accept()
{
    apply(m_settings, m_name->text(), m_document);
    QDialog::accept();
}

} // namespace rt
