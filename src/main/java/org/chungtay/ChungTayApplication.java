package org.chungtay;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** Asynchronous so that a module's reactions to another's events run after its commit without holding its caller. */
@SpringBootApplication
@EnableAsync
public class ChungTayApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChungTayApplication.class, args);
    }
}
