import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * The least a Vert.x reverse proxy can do, as a baseline for the gateway (bench scenario 1): each
 * request is sent as it came to one upstream over pooled keep-alive connections (one client per
 * event loop, as in the gateway) and the answer relayed; no security, limits, CORS or request ids.
 * Run with the gateway's libraries on the class path:
 * {@code java -cp 'gateway/target/quarkus-app/lib/main/*' bench/src/MinimalProxy.java PORT UPSTREAM_PORT}.
 */
public class MinimalProxy extends AbstractVerticle {

    private final SocketAddress upstream;
    private final int port;

    MinimalProxy(int port, SocketAddress upstream) {
        this.port = port;
        this.upstream = upstream;
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        SocketAddress upstream = SocketAddress.inetSocketAddress(Integer.parseInt(args[1]), "localhost");
        // As many verticles as event loops (twice the cores), as Quarkus runs the gateway's routes.
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(() -> new MinimalProxy(Integer.parseInt(args[0]), upstream),
                        new DeploymentOptions().setInstances(loops))
                .onSuccess(deployed -> System.out.println("MinimalProxy listening on " + args[0]))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start(Promise<Void> started) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64));
        vertx.createHttpServer().requestHandler(request -> forward(client, request)).listen(port)
                .<Void>mapEmpty().onComplete(started);
    }

    private void forward(HttpClient client, HttpServerRequest request) {
        request.pause();
        client.request(new RequestOptions().setServer(upstream).setMethod(request.method()).setURI(request.uri()))
                .compose(outgoing -> {
                    outgoing.headers().setAll(request.headers());
                    return outgoing.send(request);
                })
                .compose(answer -> {
                    request.response().setStatusCode(answer.statusCode()).headers().setAll(answer.headers());
                    return answer.body();
                })
                .onSuccess(body -> request.response().end(body))
                .onFailure(failure -> request.response().setStatusCode(502).end());
    }
}
