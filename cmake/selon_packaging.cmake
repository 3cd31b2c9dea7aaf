# The Debian package (`cpack -G DEB` in the build folder): the binary, the library and its
# CMake package, the data in /usr/share/selon, and in /usr/share/doc/selon the licences of the
# code and of the data, the JSON schema and the README; a man page and bash completion.
install(FILES docs/selon.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES scripts/completion/selon.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME selon)
install(FILES LICENSE README.md docs/schema.json DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian looks for the licences in copyright; the data's credits travel with the data.
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES lexicons/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME DATA-SOURCES.md)
install(FILES lexicons/cues/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME CUES-SOURCES.md)
install(DIRECTORY docs/licenses DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME selon)
set(CPACK_PACKAGE_VENDOR "selon")
set(CPACK_PACKAGE_CONTACT "selon maintainers <selon@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# dpkg-shlibdeps (dpkg-dev) derives the library dependencies from the binary; without it, the
# Debian 12 names of the shared libraries the binary links.
find_program(SELON_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(SELON_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6, libstdc++6, libicu72, libre2-9, libutf8proc2, libsimdjson14, zlib1g, libzstd1")
endif()
include(CPack)
