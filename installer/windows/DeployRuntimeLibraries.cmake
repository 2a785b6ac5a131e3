# Install-time script (Windows): copies the non-Qt DLLs that vigie.exe and vigie-cli.exe load
# (libssh2, OpenSSL's libcrypto, QtKeychain, zlib...) next to them. windeployqt, run by Qt's
# deploy script just before, handles Qt's own DLLs and plugins. Set by Windows.cmake through
# install(CODE): VIGIE_DEPLOY_EXECUTABLES, VIGIE_DEPLOY_DIRECTORIES (where to look for DLLs).
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${VIGIE_DEPLOY_EXECUTABLES}
    DIRECTORIES ${VIGIE_DEPLOY_DIRECTORIES}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    # The API sets and everything of Windows itself are on every machine.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
    # Qt's DLLs are windeployqt's.
    "[/\\\\]Qt6[A-Za-z]+\\.dll$")
foreach(library IN LISTS resolved)
    file(INSTALL "${library}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
endforeach()
foreach(library IN LISTS unresolved)
    if(NOT library MATCHES "^(api-ms-|ext-ms-|Qt6)")
        message(FATAL_ERROR "vigie: cannot find ${library}, needed at run time; "
            "add its directory to VIGIE_DEPLOY_DIRECTORIES (installer/windows/Windows.cmake)")
    endif()
endforeach()
