// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Stamp.h"

#include <QMutex>
#include <QSysInfo>
#include <QUuid>

namespace rt {

namespace {
QMutex lock;
Device& currentDevice()
{
    static Device d;
    return d;
}
} // namespace

Device Device::current()
{
    QMutexLocker guard(&lock);
    Device& d = currentDevice();
    if (d.id.isEmpty()) {
        // Not set by the application (a test, a tool): an id for this run of the program.
        const QByteArray envId = qgetenv("ROUNDTABLE_DEVICE_ID");
        d.id = envId.isEmpty() ? newId() : QString::fromUtf8(envId);
    }
    if (d.name.isEmpty()) {
        const QByteArray envName = qgetenv("ROUNDTABLE_DEVICE_NAME");
        d.name = envName.isEmpty() ? QSysInfo::machineHostName() : QString::fromUtf8(envName);
    }
    return d;
}

void Device::setCurrent(const Device& device)
{
    QMutexLocker guard(&lock);
    currentDevice() = device;
}

QString Device::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace rt
