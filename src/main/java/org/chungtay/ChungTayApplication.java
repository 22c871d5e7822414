package org.chungtay;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ChungTayApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChungTayApplication.class, args);
    }
}
