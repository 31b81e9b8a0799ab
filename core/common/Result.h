#pragma once

#include "core/common/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace pl::core {

// A value or an Error. Core functions return these instead of throwing, so a
// failure always reaches the caller with a message it can show.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_value(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_value); }
    const T& value() const& { return std::get<0>(m_value); }
    T&& value() && { return std::get<0>(std::move(m_value)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace pl::core
