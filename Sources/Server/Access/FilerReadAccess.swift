import Hummingbird

extension ZichaRequestContext {
    /// The path's `{filer}`, when the principal may read that filer's data (a filer its own, a
    /// reviewer all), with the principal; otherwise `forbidden`, in the words of what was asked for.
    func readableFiler(forbidden message: String, _ messageEn: String) throws(AuthError) -> (
        filer: String, principal: Principal
    ) {
        let filer = parameters.text(.filer)
        guard let principal, principal.mayRead(filer: filer) else {
            throw AuthError.forbidden(message: message, messageEn: messageEn)
        }
        return (filer, principal)
    }
}
